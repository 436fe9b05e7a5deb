package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The patient came and waits to be seen: the doctor's screen and the waiting room list show it.
 */
public record PatientArrived(UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
		LocalDateTime start, LocalDateTime end, Instant at, String by) implements DomainEvent {
}
