package com.clubstom.staff;

import java.util.List;

/** The details break {@link StaffMemberRules}; {@link #violations()} say which field and why, as message codes. */
public class InvalidStaffMemberException extends IllegalArgumentException {

	private final List<RuleViolation> violations;

	InvalidStaffMemberException(List<RuleViolation> violations) {
		super("Invalid staff member details: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
