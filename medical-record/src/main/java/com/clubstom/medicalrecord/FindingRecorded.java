package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A doctor or assistant recorded {@code condition} on a tooth of the patient (on {@code surfaces} for caries, fillings
 * and sealants). Plans and reports keep their own view of the chart from it.
 */
public record FindingRecorded(UUID patientId, UUID findingId, int tooth, ToothCondition condition, Set<ToothSurface> surfaces,
		Instant recordedAt, String recordedBy) implements DomainEvent {
}
