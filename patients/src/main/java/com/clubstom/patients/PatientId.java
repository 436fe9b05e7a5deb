package com.clubstom.patients;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a patient across every context (appointments, visits, accounts refer to patients by it). */
public record PatientId(UUID value) implements Identifier {

	public PatientId {
		Objects.requireNonNull(value, "value");
	}

	public static PatientId of(String text) {
		return new PatientId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
