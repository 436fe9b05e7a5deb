package com.clubstom.medicalrecord;

import java.util.List;

/** An upload or a description of a file breaks a rule; nothing was stored or changed. */
public class InvalidPatientFileException extends RuntimeException {

	/** The code of a file over its format's limit: an API answers it with 413. */
	public static final String TOO_LARGE = "files.file.too-large";

	private final List<Violation> violations;

	InvalidPatientFileException(List<Violation> violations) {
		super("Invalid patient file: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Whether a file was refused only for its size. */
	public boolean isTooLarge() {
		return !violations.isEmpty() && violations.stream().allMatch(violation -> TOO_LARGE.equals(violation.code()));
	}
}
