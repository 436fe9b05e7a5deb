package com.clubstom.staff;

import java.util.List;

/**
 * The shifts or the exception break the rules of a {@link WorkingSchedule} (overlaps, an end before the start, outside
 * the clinic's day); {@link #violations()} say which field and why.
 */
public class InvalidWorkingHoursException extends IllegalArgumentException {

	private final List<RuleViolation> violations;

	InvalidWorkingHoursException(List<RuleViolation> violations) {
		super("Invalid working hours: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
