package com.clubstom.patients;

import java.util.List;

/**
 * Another patient has the same phone, or the same surname, first name and date of birth: probably the same person.
 * The front desk is shown {@link #candidates()} and may register anyway, deliberately.
 */
public class LikelyDuplicateException extends RuntimeException {

	private final List<PatientSummary> candidates;

	LikelyDuplicateException(List<PatientSummary> candidates) {
		super("Likely the same person as " + candidates.stream().map(PatientSummary::id).toList());
		this.candidates = List.copyOf(candidates);
	}

	public List<PatientSummary> candidates() {
		return candidates;
	}
}
