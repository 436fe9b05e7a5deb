package com.clubstom.medicalrecord.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.Anamnesis;

/**
 * One section of the questionnaire's answers as one line of text in the reader's language: what the history shows as
 * "before" and "after", and what an overtaken editor is shown they typed.
 */
@Component
class AnswersInWords {

	private final MessageSource messages;

	AnswersInWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The answers of {@code section} (one of {@link Anamnesis#SECTIONS}). */
	String of(Anamnesis answers, String section, Locale locale) {
		return switch (section) {
			case "allergies" -> answers.allergies().isEmpty() ? none(locale)
					: answers.allergies().stream().map(allergy -> allergy.reaction() == null ? allergy.substance()
							: allergy.substance() + " (" + allergy.reaction() + ")").collect(Collectors.joining("; "));
			case "chronicDiseases" -> orNone(answers.chronicDiseases(), locale);
			case "medications" -> orNone(answers.medications(), locale);
			case "anticoagulants" -> yesOrNo(answers.takesAnticoagulants(), locale);
			case "infectiousDiseases" -> infections(answers, locale);
			case "pregnancy" -> !answers.pregnant() ? yesOrNo(false, locale)
					: answers.pregnancyWeeks() == null ? yesOrNo(true, locale)
							: message("questionnaire.pregnancy.weeks-value", locale, answers.pregnancyWeeks());
			case "bloodPressure" -> bloodPressure(answers, locale);
			case "anaesthesia" -> answers.anaesthesiaProblems()
					? message("questionnaire.yes-with", locale, answers.anaesthesiaProblemsDescription())
					: yesOrNo(false, locale);
			case "complaints" -> orNone(answers.complaints(), locale);
			default -> throw new IllegalArgumentException("No section " + section);
		};
	}

	private String infections(Anamnesis answers, Locale locale) {
		var named = new ArrayList<String>();
		answers.infectiousDiseases().forEach(disease -> named.add(message("questionnaire.infection." + disease, locale)));
		if (answers.otherInfectiousDiseases() != null) {
			named.add(answers.otherInfectiousDiseases());
		}
		return named.isEmpty() ? none(locale) : String.join(", ", named);
	}

	private String bloodPressure(Anamnesis answers, Locale locale) {
		var pressure = answers.systolic() == null || answers.diastolic() == null ? message("questionnaire.pressure.unknown", locale)
				: message("questionnaire.pressure.value", locale, answers.systolic(), answers.diastolic());
		return answers.hypertension() ? pressure + "; " + message("questionnaire.hypertension.short", locale) : pressure;
	}

	private String orNone(String text, Locale locale) {
		return text == null ? none(locale) : text;
	}

	private String none(Locale locale) {
		return message("questionnaire.none", locale);
	}

	private String yesOrNo(boolean yes, Locale locale) {
		return message(yes ? "questionnaire.yes" : "questionnaire.no", locale);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}
}
