package com.clubstom.scheduling;

import java.time.LocalDate;

import com.clubstom.staff.StaffMemberId;

/** How many appointments one doctor has on one day: a cell of the month overview. */
public record DayCount(LocalDate day, StaffMemberId doctor, int appointments) {
}
