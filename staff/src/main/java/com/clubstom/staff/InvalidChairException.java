package com.clubstom.staff;

import java.util.List;

/** The chair's name or notes break the rules of {@link Chairs}; {@link #violations()} say which field and why. */
public class InvalidChairException extends IllegalArgumentException {

	private final List<RuleViolation> violations;

	InvalidChairException(List<RuleViolation> violations) {
		super("Invalid chair: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
