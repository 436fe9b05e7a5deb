package com.clubstom.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose data an entry is about.
 *
 * @param kind what sort of record, e.g. {@link #PATIENT} or {@link #STAFF_ACCOUNT}
 * @param id the record's id
 * @param label a readable name at the time of the access (the patient's full name), so the trail reads without lookups
 */
public record AuditSubject(String kind, UUID id, String label) {

	public static final String PATIENT = "PATIENT";
	public static final String STAFF_ACCOUNT = "STAFF_ACCOUNT";

	public AuditSubject {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		label = label == null ? "" : label;
	}

	public static AuditSubject patient(UUID id, String fullName) {
		return new AuditSubject(PATIENT, id, fullName);
	}

	public static AuditSubject staffAccount(UUID id, String fullName) {
		return new AuditSubject(STAFF_ACCOUNT, id, fullName);
	}
}
