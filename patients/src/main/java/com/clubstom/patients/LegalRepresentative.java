package com.clubstom.patients;

import com.clubstom.kernel.PhoneNumber;
/**
 * The parent or guardian who signs for a minor: required for patients under {@link PatientRules#ADULT_CONSENT_AGE}, who
 * also give the minor's consents.
 *
 * @param phone in international form (see {@link PhoneNumber})
 * @param document the representative's identity document or the guardianship order, as written on paper
 */
public record LegalRepresentative(String fullName, Relation relation, String phone, String document) {

	public LegalRepresentative {
		fullName = Text.clean(fullName);
		document = Text.clean(document);
	}

	public enum Relation {
		MOTHER, FATHER, GUARDIAN, OTHER
	}
}
