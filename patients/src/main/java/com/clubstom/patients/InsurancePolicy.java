package com.clubstom.patients;

import java.time.LocalDate;

/** A voluntary health-insurance (ДМС) policy: the insurer pays for covered treatment. Seen only by the owner and the front desk. */
public record InsurancePolicy(String insurer, String policyNumber, LocalDate validFrom, LocalDate validUntil) {

	public InsurancePolicy {
		insurer = Text.clean(insurer);
		policyNumber = Text.clean(policyNumber);
	}

	/** Whether the policy covers treatment on {@code day} (open-ended dates count as covering). */
	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
	}
}
