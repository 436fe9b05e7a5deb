package com.clubstom.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit trail as pages and exports show it.
 *
 * @param sequence the entry's place in the chain: 1, 2, 3, ... without gaps
 * @param at when it happened (to the millisecond)
 * @param actorUsername who acted, {@link Actor#SYSTEM} for work nobody triggered by hand
 * @param actorName the person's name at the time
 * @param address the client's IP address, empty when there was no request
 * @param action what was done
 * @param subjectKind whose data: {@link AuditSubject#PATIENT}, {@link AuditSubject#STAFF_ACCOUNT}, ...; empty for an
 *        entry about no single person (an export of a list)
 * @param subjectId the subject's id, {@code null} when {@code subjectKind} is empty
 * @param subjectLabel the subject's readable name at the time
 * @param section which part of the record ("profile", "documents", ...), possibly empty
 * @param changedFields the names of the changed fields for {@link AuditAction#CHANGE}, empty otherwise
 */
public record AuditEntryView(long sequence, Instant at, String actorUsername, String actorName, String address,
		AuditAction action, String subjectKind, UUID subjectId, String subjectLabel, String section,
		List<String> changedFields) {

	public AuditEntryView {
		changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
	}

	/** Whether the entry is about a patient's data (the page links it to the patient's card). */
	public boolean isAboutPatient() {
		return AuditSubject.PATIENT.equals(subjectKind) && subjectId != null;
	}

	/** Whether the entry names one person whose data was touched. */
	public boolean hasSubject() {
		return subjectKind != null && !subjectKind.isEmpty() && subjectId != null;
	}
}
