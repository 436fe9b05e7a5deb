package com.clubstom.medicalrecord;

import java.util.Set;

/**
 * Who may see and who may write the clinical part of the record (questionnaire, dental chart, diagnoses): doctors and
 * assistants record, the owner reads everything, the front desk and the accountant see none of it (they keep the
 * catalogue, the calendar and the money). Role names are those of {@code com.clubstom.staff.Role}.
 */
public final class ClinicalAccess {

	private static final Set<String> READERS = Set.of("OWNER", "DOCTOR", "ASSISTANT");
	private static final Set<String> RECORDERS = Set.of("DOCTOR", "ASSISTANT");

	private ClinicalAccess() {
	}

	/** Whether a person holding {@code roles} may see clinical data. */
	public static boolean reads(Set<String> roles) {
		return roles.stream().anyMatch(READERS::contains);
	}

	/** Whether a person holding {@code roles} may record findings, diagnoses and answers. */
	public static boolean records(Set<String> roles) {
		return roles.stream().anyMatch(RECORDERS::contains);
	}
}
