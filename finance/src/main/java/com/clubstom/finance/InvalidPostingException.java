package com.clubstom.finance;

import java.util.List;

/** A posting or cash operation broke the rules; nothing was written. */
public class InvalidPostingException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidPostingException(List<Violation> violations) {
		super("Refused: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
