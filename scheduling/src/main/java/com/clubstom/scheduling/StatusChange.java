package com.clubstom.scheduling;

import java.time.Instant;

import org.jmolecules.ddd.types.ValueObject;

/** One step of an appointment's history: the new status, when and by whom, and why (for a cancellation). */
public record StatusChange(AppointmentStatus status, Instant at, String by, String reason) implements ValueObject {
}
