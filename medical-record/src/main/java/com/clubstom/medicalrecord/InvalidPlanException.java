package com.clubstom.medicalrecord;

import java.util.List;

/** A change to a treatment plan that breaks a rule; nothing was changed. The violations name the form fields. */
public class InvalidPlanException extends RuntimeException {

	private final List<Violation> violations;

	InvalidPlanException(List<Violation> violations) {
		super("Invalid treatment plan change: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
