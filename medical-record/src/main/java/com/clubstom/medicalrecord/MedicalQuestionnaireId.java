package com.clubstom.medicalrecord;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a patient's medical questionnaire. */
public record MedicalQuestionnaireId(UUID value) implements Identifier {

	public MedicalQuestionnaireId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
