package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The appointment moved to a new time, doctor or chair; {@code previous*} say where it was. Messaging moves the
 * reminders.
 */
public record AppointmentRescheduled(UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
		LocalDateTime start, LocalDateTime end,
		UUID previousDoctorId, UUID previousChairId, LocalDateTime previousStart, LocalDateTime previousEnd, Instant at, String by) implements DomainEvent {
}
