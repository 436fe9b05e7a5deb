package com.clubstom.medicalrecord;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A service was added to the catalogue or its description changed (or it was reinstated): its details as they are now. */
public record ClinicalServiceChanged(ClinicalServiceId serviceId, ServiceDetails details, boolean active, Instant changedAt,
		String changedBy) implements DomainEvent {
}
