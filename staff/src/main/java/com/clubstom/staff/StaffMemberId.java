package com.clubstom.staff;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link StaffMember} across every context (appointments, visits and payroll refer to people by it). */
public record StaffMemberId(UUID value) implements Identifier {

	public StaffMemberId {
		Objects.requireNonNull(value, "value");
	}

	public static StaffMemberId of(String text) {
		return new StaffMemberId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
