package com.clubstom.medicalrecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The patient's answers to the medical questionnaire, as staff wrote them down: allergies with their reactions, chronic
 * diseases, current medications (and whether they thin the blood), infectious diseases, pregnancy, the usual blood
 * pressure, problems with anaesthesia before, and what brings the patient in. Texts are kept as written (trimmed, an
 * empty one is no answer); allergy rows left empty are dropped. {@link #violations()} lists the broken rules, named as
 * the fields of the questionnaire form.
 *
 * @param takesAnticoagulants anticoagulants or antiplatelet drugs (warfarin, apixaban, rivaroxaban, clopidogrel,
 *        aspirin): bleeding after extractions and injections
 * @param pregnancyWeeks 1 to 42, only with {@code pregnant}; {@code null} when not known
 * @param systolic the usual systolic pressure, mm Hg (60 to 260), given together with {@code diastolic}
 * @param diastolic the usual diastolic pressure, mm Hg (30 to 160), lower than {@code systolic}
 * @param anaesthesiaProblemsDescription what happened, required with {@code anaesthesiaProblems}
 */
@ValueObject
public record Anamnesis(List<Allergy> allergies, String chronicDiseases, String medications, boolean takesAnticoagulants,
		Set<InfectiousDisease> infectiousDiseases, String otherInfectiousDiseases, boolean pregnant, Integer pregnancyWeeks,
		Integer systolic, Integer diastolic, boolean hypertension, boolean anaesthesiaProblems,
		String anaesthesiaProblemsDescription, String complaints) {

	public static final int MAX_TEXT = 2000;
	public static final int MAX_SHORT_TEXT = 300;
	public static final int FEWEST_WEEKS = 1;
	public static final int MOST_WEEKS = 42;
	public static final int LOWEST_SYSTOLIC = 60;
	public static final int HIGHEST_SYSTOLIC = 260;
	public static final int LOWEST_DIASTOLIC = 30;
	public static final int HIGHEST_DIASTOLIC = 160;
	/** Grade 3 hypertension (Russian and European guidelines): treatment under local anaesthesia is risky. */
	public static final int HIGH_SYSTOLIC = 180;
	public static final int HIGH_DIASTOLIC = 110;

	/** The parts of the questionnaire, in the order it is read; what {@link #differencesFrom} names. */
	public static final List<String> SECTIONS = List.of("allergies", "chronicDiseases", "medications", "anticoagulants",
			"infectiousDiseases", "pregnancy", "bloodPressure", "anaesthesia", "complaints");

	public Anamnesis {
		allergies = allergies == null ? List.of()
				: allergies.stream().filter(Objects::nonNull).filter(allergy -> !allergy.isBlank()).toList();
		chronicDiseases = text(chronicDiseases);
		medications = text(medications);
		var diseases = EnumSet.noneOf(InfectiousDisease.class);
		if (infectiousDiseases != null) {
			infectiousDiseases.stream().filter(Objects::nonNull).forEach(diseases::add);
		}
		infectiousDiseases = Collections.unmodifiableSet(diseases);
		otherInfectiousDiseases = text(otherInfectiousDiseases);
		anaesthesiaProblemsDescription = text(anaesthesiaProblemsDescription);
		complaints = text(complaints);
	}

	/** Nothing to report: no allergies, diseases, medications, pregnancy, problems or complaints. */
	public static Anamnesis nothingToReport() {
		return new Anamnesis(List.of(), null, null, false, Set.of(), null, false, null, null, null, false, false, null, null);
	}

	/** The rules these answers break, named as the fields of the questionnaire form. */
	public List<Violation> violations() {
		var violations = new ArrayList<Violation>();
		for (int index = 0; index < allergies.size(); index++) {
			var allergy = allergies.get(index);
			var field = "allergies[" + index + "].";
			if (allergy.substance() == null) {
				violations.add(new Violation(field + "substance", "questionnaire.allergy.substance.required"));
			}
			tooLong(allergy.substance(), Allergy.MAX_SUBSTANCE, field + "substance", violations);
			tooLong(allergy.reaction(), Allergy.MAX_REACTION, field + "reaction", violations);
		}
		tooLong(chronicDiseases, MAX_TEXT, "chronicDiseases", violations);
		tooLong(medications, MAX_TEXT, "medications", violations);
		tooLong(otherInfectiousDiseases, MAX_SHORT_TEXT, "otherInfectiousDiseases", violations);
		if (pregnancyWeeks != null && !pregnant) {
			violations.add(new Violation("pregnancyWeeks", "questionnaire.pregnancy.weeks.not-pregnant"));
		}
		else if (pregnancyWeeks != null && (pregnancyWeeks < FEWEST_WEEKS || pregnancyWeeks > MOST_WEEKS)) {
			violations.add(new Violation("pregnancyWeeks", "questionnaire.pregnancy.weeks.range"));
		}
		checkBloodPressure(violations);
		if (anaesthesiaProblems && anaesthesiaProblemsDescription == null) {
			violations.add(new Violation("anaesthesiaProblemsDescription", "questionnaire.anaesthesia.description.required"));
		}
		else if (!anaesthesiaProblems && anaesthesiaProblemsDescription != null) {
			violations.add(new Violation("anaesthesiaProblemsDescription", "questionnaire.anaesthesia.description.without-problems"));
		}
		tooLong(anaesthesiaProblemsDescription, MAX_TEXT, "anaesthesiaProblemsDescription", violations);
		tooLong(complaints, MAX_TEXT, "complaints", violations);
		return violations;
	}

	private void checkBloodPressure(List<Violation> violations) {
		if (systolic == null && diastolic == null) {
			return;
		}
		if (systolic == null) {
			violations.add(new Violation("systolic", "questionnaire.pressure.both"));
		}
		else if (systolic < LOWEST_SYSTOLIC || systolic > HIGHEST_SYSTOLIC) {
			violations.add(new Violation("systolic", "questionnaire.pressure.systolic.range"));
		}
		if (diastolic == null) {
			violations.add(new Violation("diastolic", "questionnaire.pressure.both"));
		}
		else if (diastolic < LOWEST_DIASTOLIC || diastolic > HIGHEST_DIASTOLIC) {
			violations.add(new Violation("diastolic", "questionnaire.pressure.diastolic.range"));
		}
		if (violations.stream().noneMatch(violation -> violation.field().equals("systolic")
				|| violation.field().equals("diastolic")) && systolic <= diastolic) {
			violations.add(new Violation("systolic", "questionnaire.pressure.order"));
		}
	}

	private static void tooLong(String text, int limit, String field, List<Violation> violations) {
		if (text != null && text.length() > limit) {
			violations.add(new Violation(field, "questionnaire.text.too-long"));
		}
	}

	/**
	 * What must be read before treatment: every allergy (with its reaction), anticoagulants, a pregnancy (with its
	 * weeks), every infectious disease (the named ones, then what was written in).
	 */
	public List<CriticalItem> criticalItems() {
		var items = new ArrayList<CriticalItem>();
		allergies.forEach(allergy -> items.add(CriticalItem.allergy(allergy)));
		if (takesAnticoagulants) {
			items.add(CriticalItem.anticoagulants());
		}
		if (pregnant) {
			items.add(CriticalItem.pregnancy(pregnancyWeeks));
		}
		infectiousDiseases.forEach(disease -> items.add(CriticalItem.infection(disease)));
		if (otherInfectiousDiseases != null) {
			items.add(CriticalItem.otherInfection(otherInfectiousDiseases));
		}
		return List.copyOf(items);
	}

	/** The usual pressure is 180 systolic or 110 diastolic or higher: a warning, not a refusal to treat. */
	public boolean hasHighBloodPressure() {
		return systolic != null && diastolic != null && (systolic >= HIGH_SYSTOLIC || diastolic >= HIGH_DIASTOLIC);
	}

	/** The {@link #SECTIONS} whose answers differ between these answers and {@code other}, in reading order. */
	public List<String> differencesFrom(Anamnesis other) {
		return SECTIONS.stream().filter(section -> !sectionOf(section).equals(other.sectionOf(section))).toList();
	}

	/** The answers of one of the {@link #SECTIONS}, comparable with another questionnaire's. */
	private List<Object> sectionOf(String section) {
		return switch (section) {
			case "allergies" -> listOf(allergies);
			case "chronicDiseases" -> listOf(chronicDiseases);
			case "medications" -> listOf(medications);
			case "anticoagulants" -> listOf(takesAnticoagulants);
			case "infectiousDiseases" -> listOf(infectiousDiseases, otherInfectiousDiseases);
			case "pregnancy" -> listOf(pregnant, pregnancyWeeks);
			case "bloodPressure" -> listOf(systolic, diastolic, hypertension);
			case "anaesthesia" -> listOf(anaesthesiaProblems, anaesthesiaProblemsDescription);
			case "complaints" -> listOf(complaints);
			default -> throw new IllegalArgumentException("No section " + section);
		};
	}

	private static List<Object> listOf(Object... values) {
		return Arrays.asList(values);
	}

	/** A text as kept: trimmed, {@code null} when nothing is left. */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
