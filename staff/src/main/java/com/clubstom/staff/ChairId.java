package com.clubstom.staff;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a dental chair or a room; shifts and appointments refer to chairs by it. */
public record ChairId(UUID value) implements Identifier {

	public ChairId {
		Objects.requireNonNull(value, "value");
	}

	public static ChairId of(String text) {
		return new ChairId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
