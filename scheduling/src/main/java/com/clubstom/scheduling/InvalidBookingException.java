package com.clubstom.scheduling;

import java.util.List;

/** The booking or move breaks the slot rules; nothing was saved. */
public class InvalidBookingException extends RuntimeException {

	private final List<Violation> violations;

	InvalidBookingException(List<Violation> violations) {
		super("Booking refused: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
