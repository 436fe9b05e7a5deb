package com.clubstom.patients;

import java.util.List;

/** The details break {@link PatientRules}; {@link #violations()} say which field and why, as message codes. */
public class InvalidPatientDetailsException extends IllegalArgumentException {

	private final List<Violation> violations;

	InvalidPatientDetailsException(List<Violation> violations) {
		super("Invalid patient details: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
