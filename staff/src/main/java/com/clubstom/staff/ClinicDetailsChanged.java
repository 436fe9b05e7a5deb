package com.clubstom.staff;

import java.time.Instant;
import java.time.LocalTime;

import org.jmolecules.event.types.DomainEvent;

/** The owner changed the clinic's address or opening hours (printouts and the calendar follow). */
public record ClinicDetailsChanged(String address, LocalTime opens, LocalTime closes, String changedBy, Instant changedAt)
		implements DomainEvent {
}
