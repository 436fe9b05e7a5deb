package com.clubstom.medicalrecord;

import java.util.List;

/** Answers or a signing date that break a rule of the questionnaire; nothing was recorded. */
public class InvalidQuestionnaireException extends RuntimeException {

	private final List<Violation> violations;

	InvalidQuestionnaireException(List<Violation> violations) {
		super("Invalid questionnaire: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
