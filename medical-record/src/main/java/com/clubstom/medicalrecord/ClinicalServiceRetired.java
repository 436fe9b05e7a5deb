package com.clubstom.medicalrecord;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A service is no longer offered: it stays in the catalogue (and in what was planned or done) but is not offered anew. */
public record ClinicalServiceRetired(ClinicalServiceId serviceId, String code, String name, Instant retiredAt,
		String retiredBy) implements DomainEvent {
}
