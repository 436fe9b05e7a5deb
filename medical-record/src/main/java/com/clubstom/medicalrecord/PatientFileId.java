package com.clubstom.medicalrecord;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a file in a patient's record: an X-ray, a photo, a document. */
public record PatientFileId(UUID value) implements Identifier {

	public PatientFileId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
