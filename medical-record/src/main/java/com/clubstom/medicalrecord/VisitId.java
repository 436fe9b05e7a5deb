package com.clubstom.medicalrecord;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** The identity of a clinical visit. */
public record VisitId(UUID value) implements Identifier {

	public static VisitId random() {
		return new VisitId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
