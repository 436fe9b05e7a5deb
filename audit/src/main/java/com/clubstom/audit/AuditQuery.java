package com.clubstom.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which audit entries to show or export. Every criterion is optional ({@code null} matches everything); given criteria
 * must all match.
 *
 * @param subjectKind whose data, e.g. {@link AuditSubject#PATIENT}
 * @param subjectId the one person whose data
 * @param actorUsername who acted
 * @param action what was done
 * @param from the first day, inclusive, in the clinic's time zone
 * @param to the last day, inclusive, in the clinic's time zone
 */
public record AuditQuery(String subjectKind, UUID subjectId, String actorUsername, AuditAction action, LocalDate from,
		LocalDate to) {

	public AuditQuery {
		subjectKind = blankToNull(subjectKind);
		actorUsername = blankToNull(actorUsername);
	}

	/** The whole trail. */
	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	/** Everything done to one patient's data. */
	public static AuditQuery aboutPatient(UUID patientId) {
		return new AuditQuery(AuditSubject.PATIENT, patientId, null, null, null, null);
	}

	/** Everything done to one subject's data. */
	public static AuditQuery about(AuditSubject subject) {
		return new AuditQuery(subject.kind(), subject.id(), null, null, null, null);
	}

	/** Everything one staff member did. */
	public static AuditQuery by(String actorUsername) {
		return new AuditQuery(null, null, actorUsername, null, null, null);
	}

	public AuditQuery withAction(AuditAction action) {
		return new AuditQuery(subjectKind, subjectId, actorUsername, action, from, to);
	}

	public AuditQuery withActor(String actorUsername) {
		return new AuditQuery(subjectKind, subjectId, actorUsername, action, from, to);
	}

	/** Limits the query to the days {@code from} to {@code to}, both inclusive, in the clinic's time zone. */
	public AuditQuery between(LocalDate from, LocalDate to) {
		return new AuditQuery(subjectKind, subjectId, actorUsername, action, from, to);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
