package com.clubstom.staff;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link StaffAccount}. */
public record StaffAccountId(UUID value) implements Identifier {

	public StaffAccountId {
		Objects.requireNonNull(value, "value");
	}

	static StaffAccountId random() {
		return new StaffAccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
