package com.clubstom.medicalrecord;

import java.util.List;

/** A finding or a diagnosis that breaks a rule of the chart; nothing was recorded. */
public class InvalidChartEntryException extends RuntimeException {

	private final List<Violation> violations;

	InvalidChartEntryException(List<Violation> violations) {
		super("Invalid chart entry: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
