package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.patients.PatientId;

/**
 * A new version of the patient's medical questionnaire was recorded. Carries what must be read before treatment, so the
 * calendar and the chair can flag the patient without calling back; an empty list means nothing critical (any more).
 *
 * @param version the number of the new version: 1 for the first questionnaire
 * @param signedOn the day the patient signed the answers
 * @param recordedBy the username of whoever recorded it
 */
public record QuestionnaireUpdated(PatientId patientId, int version, List<CriticalItem> criticalItems, LocalDate signedOn,
		Instant recordedAt, String recordedBy) implements DomainEvent {

	public QuestionnaireUpdated {
		criticalItems = List.copyOf(criticalItems);
	}
}
