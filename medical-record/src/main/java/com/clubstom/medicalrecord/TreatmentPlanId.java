package com.clubstom.medicalrecord;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a treatment plan. */
public record TreatmentPlanId(UUID value) implements Identifier {

	public TreatmentPlanId {
		Objects.requireNonNull(value, "value");
	}

	public static TreatmentPlanId of(String text) {
		return new TreatmentPlanId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
