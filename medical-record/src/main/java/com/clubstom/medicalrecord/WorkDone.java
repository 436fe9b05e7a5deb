package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** A plan's item carried out: when the visit that did it was completed, by whom, and which visit it was. */
@ValueObject
public record WorkDone(Instant at, String by, UUID visitId) {
}
