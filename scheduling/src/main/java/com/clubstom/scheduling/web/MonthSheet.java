package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.util.List;

/** The month overview: weeks of days, each with its number of appointments and a dot per doctor who has some. */
record MonthSheet(LocalDate month, List<List<Day>> weeks) {

	record Day(LocalDate date, boolean inMonth, boolean today, int appointments, List<Dot> doctors) {
	}

	record Dot(String doctor, String colour, int appointments) {
	}
}
