package com.clubstom.staff;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One stretch of a weekday a staff member works, e.g. 09:00–13:00 in chair 1. The chair is optional (an administrator
 * works at the desk). Whether shifts fit together (start before end, no overlaps, inside the clinic's day) is checked
 * by {@link WorkingSchedule#checkWeek}, which can name the offending field of a form.
 */
public record Shift(LocalTime start, LocalTime end, ChairId chairId) {

	public Shift {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		start = start.truncatedTo(ChronoUnit.MINUTES);
		end = end.truncatedTo(ChronoUnit.MINUTES);
	}

	public static Shift of(String start, String end) {
		return new Shift(LocalTime.parse(start), LocalTime.parse(end), null);
	}

	public Shift in(ChairId chair) {
		return new Shift(start, end, chair);
	}

	/** Whether the two shifts share a minute; touching shifts (13:00 end, 13:00 start) do not overlap. */
	public boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}
}
