package com.clubstom.medicalrecord;

import java.util.List;

/** A service or a price that breaks a rule of the catalogue; nothing was saved. */
public class InvalidServiceException extends RuntimeException {

	private final List<Violation> violations;

	InvalidServiceException(List<Violation> violations) {
		super("Invalid service: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
