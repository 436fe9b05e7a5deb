package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A time grid as the page draws it: columns side by side (doctors or chairs of a day, or the days of one person's week),
 * time running down from {@code opens} to {@code closes}; every position in minutes from {@code opens}.
 *
 * @param nowMinute where the "now" line stands, or -1 when the board does not show today
 * @param waitingRoom who has arrived and waits, longest first (the day view)
 */
public record Board(LocalTime opens, LocalTime closes, List<Column> columns, List<String> hours, int nowMinute,
		List<Waiting> waitingRoom) {

	public int minutes() {
		return (closes.toSecondOfDay() - opens.toSecondOfDay()) / 60;
	}

	/**
	 * One column: its title, what a click on an empty slot books (date, doctor, chair), the off-hours shaded, and the
	 * appointments' cards, as HTML ({@link CardMarkup}).
	 */
	record Column(String key, String title, String subtitle, String colour, LocalDate date, String doctorId,
			String chairId, boolean today, List<Shade> shades, String cards) {
	}

	/** A patient who has arrived and waits to be seen: the waiting room list of the day view. */
	record Waiting(String appointmentId, String patientName, String doctorName, String colour, LocalTime since) {
	}

	/** Time outside the doctor's hours, or a whole day away (vacation, sick leave). */
	record Shade(int top, int height, boolean away) {
	}
}
