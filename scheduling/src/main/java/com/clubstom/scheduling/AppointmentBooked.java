package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A patient was booked with a doctor in a chair for the services, from {@code start} to {@code end} (clinic time).
 * Messaging schedules the reminders; reports count the booking.
 */
public record AppointmentBooked(UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
		LocalDateTime start, LocalDateTime end, Instant at, String by) implements DomainEvent {
}
