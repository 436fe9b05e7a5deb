package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The owner gave the clinic a new name. */
public record ClinicRenamed(String name, String renamedBy, Instant renamedAt) implements DomainEvent {
}
