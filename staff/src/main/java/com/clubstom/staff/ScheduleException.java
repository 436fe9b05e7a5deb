package com.clubstom.staff;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A departure from the weekly shifts for a range of dates (both inclusive): a vacation or a sick leave hides the weekly
 * shifts; an extra shift adds hours ({@code start}–{@code end}, optionally in a chair) on every date of the range.
 * Missing {@code to} means the single day {@code from}; times and chair are kept for extra shifts only.
 */
public record ScheduleException(LocalDate from, LocalDate to, Kind kind, LocalTime start, LocalTime end, ChairId chairId,
		String note) {

	public ScheduleException {
		to = to == null ? from : to;
		if (kind != Kind.EXTRA_SHIFT) {
			start = null;
			end = null;
			chairId = null;
		}
		note = note == null || note.isBlank() ? null : note.strip();
	}

	public static ScheduleException vacation(LocalDate from, LocalDate to, String note) {
		return new ScheduleException(from, to, Kind.VACATION, null, null, null, note);
	}

	public static ScheduleException sickLeave(LocalDate from, LocalDate to, String note) {
		return new ScheduleException(from, to, Kind.SICK_LEAVE, null, null, null, note);
	}

	public static ScheduleException extraShift(LocalDate on, LocalTime start, LocalTime end, ChairId chairId, String note) {
		return new ScheduleException(on, on, Kind.EXTRA_SHIFT, start, end, chairId, note);
	}

	public boolean covers(LocalDate date) {
		return from != null && !date.isBefore(from) && !date.isAfter(to);
	}

	/** A vacation or a sick leave: no weekly shifts on the dates it covers. */
	public boolean isAbsence() {
		return kind == Kind.VACATION || kind == Kind.SICK_LEAVE;
	}

	/** Still relevant on {@code today}: it has not ended yet. */
	public boolean isCurrentOrUpcoming(LocalDate today) {
		return to != null && !to.isBefore(today);
	}

	public enum Kind {
		VACATION, SICK_LEAVE, EXTRA_SHIFT
	}
}
