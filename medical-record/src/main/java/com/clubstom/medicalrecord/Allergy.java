package com.clubstom.medicalrecord;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the patient is allergic to (a drug, a material, a food) and how it showed, in the patient's words as staff
 * wrote them down: "лидокаин", "отёк Квинке".
 *
 * @param reaction {@code null} when the patient does not remember
 */
@ValueObject
public record Allergy(String substance, String reaction) {

	public static final int MAX_SUBSTANCE = 100;
	public static final int MAX_REACTION = 200;

	public Allergy {
		substance = Anamnesis.text(substance);
		reaction = Anamnesis.text(reaction);
	}

	/** A row of the form left empty: not an answer at all. */
	boolean isBlank() {
		return substance == null && reaction == null;
	}
}
