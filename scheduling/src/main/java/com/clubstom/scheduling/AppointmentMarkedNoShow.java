package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The patient did not come. Tasks raises a call-back; reports count missed visits.
 */
public record AppointmentMarkedNoShow(UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
		LocalDateTime start, LocalDateTime end, Instant at, String by) implements DomainEvent {
}
