package com.clubstom.medicalrecord;

import java.util.List;

/** A change to a visit breaks a rule of the record; nothing was changed. */
public class InvalidVisitException extends RuntimeException {

	private final List<Violation> violations;

	InvalidVisitException(List<Violation> violations) {
		super("Invalid visit change: " + violations);
		this.violations = List.copyOf(violations);
	}

	InvalidVisitException(String field, String code) {
		this(List.of(new Violation(field, code)));
	}

	public List<Violation> violations() {
		return violations;
	}
}
