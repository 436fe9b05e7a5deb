package com.clubstom.medicalrecord;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a service of the catalogue. */
@ValueObject
public record ClinicalServiceId(UUID value) {

	public static ClinicalServiceId next() {
		return new ClinicalServiceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
