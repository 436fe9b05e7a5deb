package com.clubstom.staff;

import java.time.LocalTime;

/**
 * A stretch of one date in which a staff member works: from the weekly shifts, or an extra shift.
 *
 * @param chairId where, or {@code null} when no chair is assigned
 * @param extra whether it is an extra shift rather than part of the weekly pattern
 */
public record WorkingPeriod(LocalTime start, LocalTime end, ChairId chairId, boolean extra) {

	/** {@code 09:00–13:00}. */
	public String display() {
		return start + "\u2013" + end;
	}
}
