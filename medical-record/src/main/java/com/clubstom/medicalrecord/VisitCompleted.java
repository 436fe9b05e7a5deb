package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A doctor completed a clinical visit: everything finance needs to charge the patient and accrue pay, without calling
 * back. Published once per visit, in the transaction that completes it; the appointment id is null for a visit opened
 * without one. {@code day} is the clinic's date of the visit (revenue and pay belong to it), {@code completedAt} the moment
 * the doctor signed it off. Scheduling marks the appointment completed; finance charges the procedures' totals and books revenue for
 * the doctor on the day.
 */
public record VisitCompleted(UUID visitId, UUID appointmentId, UUID patientId, UUID doctorId, UUID assistantId,
		LocalDate day, Instant completedAt, List<PerformedProcedure> procedures, String by) implements DomainEvent {

	public VisitCompleted {
		procedures = List.copyOf(procedures);
	}
}
