package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.validation.Errors;

import com.clubstom.medicalrecord.Allergy;
import com.clubstom.medicalrecord.Anamnesis;
import com.clubstom.medicalrecord.InfectiousDisease;
import com.clubstom.medicalrecord.QuestionnaireVersion;

/**
 * The questionnaire dialog as typed: numbers and the date as strings, so whatever was typed comes back with the reason
 * beside it; one row per allergy (rows left empty are dropped before the rules are checked, so each reason stays beside
 * its row). {@code seenVersion} is the version the editor saw, 0 when there was none.
 */
public class QuestionnaireInput {

	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private List<AllergyRow> allergies = new ArrayList<>();
	private String chronicDiseases;
	private String medications;
	private boolean takesAnticoagulants;
	private List<InfectiousDisease> infectiousDiseases = new ArrayList<>();
	private String otherInfectiousDiseases;
	private boolean pregnant;
	private String pregnancyWeeks;
	private String systolic;
	private String diastolic;
	private boolean hypertension;
	private boolean anaesthesiaProblems;
	private String anaesthesiaProblemsDescription;
	private String complaints;
	private String signedOn;
	private int seenVersion;

	/** An empty questionnaire signed today. */
	static QuestionnaireInput blank(LocalDate today) {
		var input = new QuestionnaireInput();
		input.showSigningDate(today);
		return input;
	}

	/** The signing date as the form shows it: 12.05.2026. */
	void showSigningDate(LocalDate day) {
		signedOn = day.format(RUSSIAN_DATE);
	}

	/** The answers of {@code version}, to be updated, signed today. */
	static QuestionnaireInput of(QuestionnaireVersion version, LocalDate today) {
		var input = blank(today);
		var answers = version.answers();
		answers.allergies().forEach(allergy -> input.allergies.add(new AllergyRow(allergy.substance(), allergy.reaction())));
		input.chronicDiseases = answers.chronicDiseases();
		input.medications = answers.medications();
		input.takesAnticoagulants = answers.takesAnticoagulants();
		input.infectiousDiseases = new ArrayList<>(answers.infectiousDiseases());
		input.otherInfectiousDiseases = answers.otherInfectiousDiseases();
		input.pregnant = answers.pregnant();
		input.pregnancyWeeks = text(answers.pregnancyWeeks());
		input.systolic = text(answers.systolic());
		input.diastolic = text(answers.diastolic());
		input.hypertension = answers.hypertension();
		input.anaesthesiaProblems = answers.anaesthesiaProblems();
		input.anaesthesiaProblemsDescription = answers.anaesthesiaProblemsDescription();
		input.complaints = answers.complaints();
		input.seenVersion = version.number();
		return input;
	}

	/** Drops the allergy rows left empty, so the rows the rules number are the rows on the form. */
	void dropEmptyAllergyRows() {
		allergies.removeIf(row -> row == null || blank(row.substance) && blank(row.reaction));
	}

	/** One more empty row, where the next allergy is typed. */
	void addEmptyAllergyRow() {
		allergies.add(new AllergyRow());
	}

	/** The typed answers; a number that cannot be read is reported beside its field and left out. */
	Anamnesis toAnamnesis(Errors errors) {
		return new Anamnesis(allergies.stream().filter(Objects::nonNull).map(row -> new Allergy(row.substance, row.reaction))
				.toList(), chronicDiseases, medications, takesAnticoagulants, new HashSet<>(infectiousDiseases),
				otherInfectiousDiseases,
				pregnant, number("pregnancyWeeks", pregnancyWeeks, errors), number("systolic", systolic, errors),
				number("diastolic", diastolic, errors), hypertension, anaesthesiaProblems, anaesthesiaProblemsDescription,
				complaints);
	}

	/** The typed signing date (12.05.2026, or 2026-05-12 as a date picker sends it); an unreadable one is reported. */
	LocalDate signedOn(Errors errors) {
		if (blank(signedOn)) {
			return null;
		}
		for (var format : List.of(RUSSIAN_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
			try {
				return LocalDate.parse(signedOn.strip(), format);
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		errors.rejectValue("signedOn", "questionnaire.date.invalid");
		return null;
	}


	private static Integer number(String field, String typed, Errors errors) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			errors.rejectValue(field, "questionnaire.number.invalid");
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(Integer number) {
		return number == null ? null : number.toString();
	}

	/** One allergy as typed. */
	public static class AllergyRow {

		private String substance;
		private String reaction;

		public AllergyRow() {
		}

		AllergyRow(String substance, String reaction) {
			this.substance = substance;
			this.reaction = reaction;
		}

		public String getSubstance() {
			return substance;
		}

		public void setSubstance(String substance) {
			this.substance = substance;
		}

		public String getReaction() {
			return reaction;
		}

		public void setReaction(String reaction) {
			this.reaction = reaction;
		}
	}

	public List<AllergyRow> getAllergies() {
		return allergies;
	}

	public void setAllergies(List<AllergyRow> allergies) {
		this.allergies = allergies == null ? new ArrayList<>() : allergies;
	}

	public String getChronicDiseases() {
		return chronicDiseases;
	}

	public void setChronicDiseases(String chronicDiseases) {
		this.chronicDiseases = chronicDiseases;
	}

	public String getMedications() {
		return medications;
	}

	public void setMedications(String medications) {
		this.medications = medications;
	}

	public boolean isTakesAnticoagulants() {
		return takesAnticoagulants;
	}

	public void setTakesAnticoagulants(boolean takesAnticoagulants) {
		this.takesAnticoagulants = takesAnticoagulants;
	}

	public List<InfectiousDisease> getInfectiousDiseases() {
		return infectiousDiseases;
	}

	public void setInfectiousDiseases(List<InfectiousDisease> infectiousDiseases) {
		this.infectiousDiseases = infectiousDiseases == null ? new ArrayList<>() : infectiousDiseases;
	}

	public String getOtherInfectiousDiseases() {
		return otherInfectiousDiseases;
	}

	public void setOtherInfectiousDiseases(String otherInfectiousDiseases) {
		this.otherInfectiousDiseases = otherInfectiousDiseases;
	}

	public boolean isPregnant() {
		return pregnant;
	}

	public void setPregnant(boolean pregnant) {
		this.pregnant = pregnant;
	}

	public String getPregnancyWeeks() {
		return pregnancyWeeks;
	}

	public void setPregnancyWeeks(String pregnancyWeeks) {
		this.pregnancyWeeks = pregnancyWeeks;
	}

	public String getSystolic() {
		return systolic;
	}

	public void setSystolic(String systolic) {
		this.systolic = systolic;
	}

	public String getDiastolic() {
		return diastolic;
	}

	public void setDiastolic(String diastolic) {
		this.diastolic = diastolic;
	}

	public boolean isHypertension() {
		return hypertension;
	}

	public void setHypertension(boolean hypertension) {
		this.hypertension = hypertension;
	}

	public boolean isAnaesthesiaProblems() {
		return anaesthesiaProblems;
	}

	public void setAnaesthesiaProblems(boolean anaesthesiaProblems) {
		this.anaesthesiaProblems = anaesthesiaProblems;
	}

	public String getAnaesthesiaProblemsDescription() {
		return anaesthesiaProblemsDescription;
	}

	public void setAnaesthesiaProblemsDescription(String anaesthesiaProblemsDescription) {
		this.anaesthesiaProblemsDescription = anaesthesiaProblemsDescription;
	}

	public String getComplaints() {
		return complaints;
	}

	public void setComplaints(String complaints) {
		this.complaints = complaints;
	}

	public String getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public int getSeenVersion() {
		return seenVersion;
	}

	public void setSeenVersion(int seenVersion) {
		this.seenVersion = seenVersion;
	}
}
