package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A doctor diagnosed {@code code} (ICD-10) on a tooth of the patient, or for the whole mouth when {@code tooth} is null.
 *
 * @param doctor the username of the doctor
 */
public record DiagnosisMade(UUID patientId, UUID diagnosisId, Integer tooth, String code, LocalDate madeOn, Instant recordedAt,
		String doctor) implements DomainEvent {
}
