package com.clubstom.patients;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A patient left the default lists (moved away, duplicate card, passed away); reminders to them should stop. */
public record PatientArchived(PatientId patientId, String fullName, Instant archivedAt, String archivedBy)
		implements DomainEvent {
}
