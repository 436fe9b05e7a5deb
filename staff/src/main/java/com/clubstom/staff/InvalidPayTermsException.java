package com.clubstom.staff;

import java.util.List;

/**
 * The pay terms, or the date they should apply from, break the rules of {@link PayTerms#violations()} or
 * {@link PayHistory#check}; {@link #violations()} say which field and why.
 */
public class InvalidPayTermsException extends IllegalArgumentException {

	private final List<RuleViolation> violations;

	InvalidPayTermsException(List<RuleViolation> violations) {
		super("Invalid pay terms: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}
}
