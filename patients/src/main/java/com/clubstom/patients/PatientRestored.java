package com.clubstom.patients;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An archived patient is back in the lists. */
public record PatientRestored(PatientId patientId, String fullName, Instant restoredAt, String restoredBy)
		implements DomainEvent {
}
