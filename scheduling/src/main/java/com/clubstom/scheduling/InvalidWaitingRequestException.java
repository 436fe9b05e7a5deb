package com.clubstom.scheduling;

import java.util.List;

/** The patient cannot be put on the waiting list as asked; each {@link Violation} names the field to change. */
public class InvalidWaitingRequestException extends RuntimeException {

	private final List<Violation> violations;

	InvalidWaitingRequestException(List<Violation> violations) {
		super("Waiting list entry refused: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
