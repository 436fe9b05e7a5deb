package com.clubstom.medicalrecord;

import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Something in the questionnaire that must be read before treating the patient: it changes the anaesthetic, the
 * bleeding risk, the X-ray or the protection of the staff. Shown in red on the card and wherever the patient is treated,
 * and carried by {@link QuestionnaireUpdated} so the calendar can flag the patient without calling back.
 *
 * @param kind what sort of danger
 * @param subject the allergen for {@link Kind#ALLERGY}; the {@link InfectiousDisease} name for a named infection;
 *        otherwise {@code null}
 * @param detail the reaction to an allergen, the weeks of a pregnancy, or the text of an infection written in; may be
 *        {@code null}
 */
@ValueObject
public record CriticalItem(Kind kind, String subject, String detail) {

	public enum Kind {
		ALLERGY, ANTICOAGULANTS, PREGNANCY, INFECTIOUS_DISEASE
	}

	static CriticalItem allergy(Allergy allergy) {
		return new CriticalItem(Kind.ALLERGY, allergy.substance(), allergy.reaction());
	}

	static CriticalItem anticoagulants() {
		return new CriticalItem(Kind.ANTICOAGULANTS, null, null);
	}

	static CriticalItem pregnancy(Integer weeks) {
		return new CriticalItem(Kind.PREGNANCY, null, weeks == null ? null : weeks.toString());
	}

	static CriticalItem infection(InfectiousDisease disease) {
		return new CriticalItem(Kind.INFECTIOUS_DISEASE, disease.name(), null);
	}

	static CriticalItem otherInfection(String text) {
		return new CriticalItem(Kind.INFECTIOUS_DISEASE, null, text);
	}

	/** The code of the message saying it ({@code i18n/questionnaire.properties}), with {@link #arguments()}. */
	public String messageCode() {
		return switch (kind) {
			case ALLERGY -> detail == null ? "questionnaire.alert.allergy" : "questionnaire.alert.allergy-reaction";
			case ANTICOAGULANTS -> "questionnaire.alert.anticoagulants";
			case PREGNANCY -> detail == null ? "questionnaire.alert.pregnancy" : "questionnaire.alert.pregnancy-weeks";
			case INFECTIOUS_DISEASE -> "questionnaire.alert.infection." + (subject == null ? "OTHER" : subject);
		};
	}

	public List<Object> arguments() {
		return switch (kind) {
			case ALLERGY -> detail == null ? List.of(subject) : List.of(subject, detail);
			case PREGNANCY, INFECTIOUS_DISEASE -> detail == null ? List.of() : List.of(detail);
			case ANTICOAGULANTS -> List.of();
		};
	}
}
