package com.clubstom.scheduling;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one patient's entry on the waiting list. */
public record WaitingListEntryId(UUID value) implements Identifier {

	public WaitingListEntryId {
		Objects.requireNonNull(value, "value");
	}

	public static WaitingListEntryId of(String text) {
		return new WaitingListEntryId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
