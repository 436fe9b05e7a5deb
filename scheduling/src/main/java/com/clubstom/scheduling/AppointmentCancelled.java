package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The appointment was cancelled, with the reason given; its time is free again. Messaging withdraws the reminders
 * and the waiting list suggests the freed slot.
 */
public record AppointmentCancelled(UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
		LocalDateTime start, LocalDateTime end, String reason, Instant at, String by) implements DomainEvent {
}
