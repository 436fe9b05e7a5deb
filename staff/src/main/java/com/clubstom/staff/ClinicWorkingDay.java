package com.clubstom.staff;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When the clinic is open: the calendar shows these hours, and nobody is booked outside them.
 *
 * @param opens the first bookable minute
 * @param closes the end of the last appointment
 */
public record ClinicWorkingDay(LocalTime opens, LocalTime closes) {

	public static final ClinicWorkingDay USUAL = new ClinicWorkingDay(LocalTime.of(8, 0), LocalTime.of(21, 0));

	public ClinicWorkingDay {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (!opens.isBefore(closes)) {
			throw new InvalidWorkingDayException();
		}
	}

	/** The clinic must open before it closes. */
	public static class InvalidWorkingDayException extends IllegalArgumentException {

		InvalidWorkingDayException() {
			super("The clinic must open before it closes");
		}
	}
}
