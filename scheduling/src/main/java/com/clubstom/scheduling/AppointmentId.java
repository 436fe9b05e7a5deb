package com.clubstom.scheduling;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one appointment. */
public record AppointmentId(UUID value) implements Identifier {

	public AppointmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AppointmentId of(String text) {
		return new AppointmentId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
