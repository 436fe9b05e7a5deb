package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the patient's answers, and what in them must be read before treatment. */
class AnamnesisTests {

	@Test
	void emptyRowsAndBlankTextsAreNoAnswerAndTextsAreKeptTrimmed() {
		var answers = new Anamnesis(List.of(new Allergy("  ", ""), new Allergy(" лидокаин ", " отёк Квинке ")), "   ",
				" Сахарный диабет\n2 типа ", false, null, " ", false, null, null, null, false, false, "", null);

		assertThat(answers.allergies()).containsExactly(new Allergy("лидокаин", "отёк Квинке"));
		assertThat(answers.chronicDiseases()).isNull();
		assertThat(answers.medications()).isEqualTo("Сахарный диабет\n2 типа");
		assertThat(answers.infectiousDiseases()).isEmpty();
		assertThat(answers.otherInfectiousDiseases()).isNull();
		assertThat(answers.violations()).isEmpty();
		assertThat(Anamnesis.nothingToReport().violations()).isEmpty();
		assertThat(Anamnesis.nothingToReport().criticalItems()).isEmpty();
	}

	@Test
	void aReactionWithoutWhatCausedItIsRefusedBesideItsRow() {
		var answers = Answers.none().allergicTo("пенициллин", "сыпь").allergicTo(null, "крапивница").answers();

		assertThat(answers.violations())
				.containsExactly(new Violation("allergies[1].substance", "questionnaire.allergy.substance.required"));
	}

	@ParameterizedTest(name = "{0}/{1}: {2} {3}")
	@CsvSource(nullValues = "-", value = {
			"59, 40, systolic, questionnaire.pressure.systolic.range",
			"261, 100, systolic, questionnaire.pressure.systolic.range",
			"120, 29, diastolic, questionnaire.pressure.diastolic.range",
			"200, 161, diastolic, questionnaire.pressure.diastolic.range",
			"80, 80, systolic, questionnaire.pressure.order",
			"90, 100, systolic, questionnaire.pressure.order",
			"120, -, diastolic, questionnaire.pressure.both",
			"-, 80, systolic, questionnaire.pressure.both" })
	void theUsualBloodPressureIsPlausible(Integer systolic, Integer diastolic, String field, String code) {
		assertThat(Answers.none().pressure(systolic, diastolic).answers().violations())
				.containsExactly(new Violation(field, code));
	}

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource({ "60, 30", "260, 159", "120, 80", "185, 115" })
	void pressuresInTheirRangesWithTheSystolicHigherAreAccepted(int systolic, int diastolic) {
		assertThat(Answers.none().pressure(systolic, diastolic).answers().violations()).isEmpty();
	}

	@Test
	void pregnancyWeeksAreOneToFortyTwoAndOnlyForAPregnancy() {
		assertThat(Answers.none().pregnant(1).answers().violations()).isEmpty();
		assertThat(Answers.none().pregnant(42).answers().violations()).isEmpty();
		assertThat(Answers.none().pregnant(null).answers().violations()).isEmpty();
		assertThat(Answers.none().pregnant(43).answers().violations())
				.containsExactly(new Violation("pregnancyWeeks", "questionnaire.pregnancy.weeks.range"));
		assertThat(Answers.none().pregnant(0).answers().violations())
				.containsExactly(new Violation("pregnancyWeeks", "questionnaire.pregnancy.weeks.range"));
		var weeksWithoutPregnancy = new Anamnesis(List.of(), null, null, false, Set.of(), null, false, 12, null, null, false,
				false, null, null);
		assertThat(weeksWithoutPregnancy.violations())
				.containsExactly(new Violation("pregnancyWeeks", "questionnaire.pregnancy.weeks.not-pregnant"));
	}

	@Test
	void problemsWithAnaesthesiaAreDescribedAndADescriptionNeedsThem() {
		assertThat(Answers.none().troubledByAnaesthesia("Обморок после укола").answers().violations()).isEmpty();
		assertThat(Answers.none().troubledByAnaesthesia(" ").answers().violations()).containsExactly(
				new Violation("anaesthesiaProblemsDescription", "questionnaire.anaesthesia.description.required"));
		var descriptionOnly = new Anamnesis(List.of(), null, null, false, Set.of(), null, false, null, null, null, false, false,
				"Обморок", null);
		assertThat(descriptionOnly.violations()).containsExactly(
				new Violation("anaesthesiaProblemsDescription", "questionnaire.anaesthesia.description.without-problems"));
	}

	@Test
	void textsHaveALimit() {
		var answers = Answers.none().complaining("а".repeat(Anamnesis.MAX_TEXT + 1))
				.allergicTo("б".repeat(Allergy.MAX_SUBSTANCE + 1), null).answers();

		assertThat(answers.violations()).containsExactly(
				new Violation("allergies[0].substance", "questionnaire.text.too-long"),
				new Violation("complaints", "questionnaire.text.too-long"));
	}

	@Test
	void allergiesAnticoagulantsPregnancyAndInfectionsAreCritical() {
		var answers = Answers.none().allergicTo("лидокаин", "отёк Квинке").allergicTo("латекс", null)
				.takingAnticoagulants("Варфарин 5 мг").pregnant(20)
				.infectedWith(InfectiousDisease.HEPATITIS_C, InfectiousDisease.HIV).alsoInfectedWith("корь в 2024 г.")
				.chronically("Гастрит").pressure(130, 85).complaining("Боль в зубе 46").answers();

		assertThat(answers.criticalItems()).containsExactly(
				new CriticalItem(CriticalItem.Kind.ALLERGY, "лидокаин", "отёк Квинке"),
				new CriticalItem(CriticalItem.Kind.ALLERGY, "латекс", null),
				new CriticalItem(CriticalItem.Kind.ANTICOAGULANTS, null, null),
				new CriticalItem(CriticalItem.Kind.PREGNANCY, null, "20"),
				new CriticalItem(CriticalItem.Kind.INFECTIOUS_DISEASE, "HIV", null),
				new CriticalItem(CriticalItem.Kind.INFECTIOUS_DISEASE, "HEPATITIS_C", null),
				new CriticalItem(CriticalItem.Kind.INFECTIOUS_DISEASE, null, "корь в 2024 г."));
		assertThat(answers.criticalItems()).extracting(CriticalItem::messageCode).containsExactly(
				"questionnaire.alert.allergy-reaction", "questionnaire.alert.allergy", "questionnaire.alert.anticoagulants",
				"questionnaire.alert.pregnancy-weeks", "questionnaire.alert.infection.HIV",
				"questionnaire.alert.infection.HEPATITIS_C", "questionnaire.alert.infection.OTHER");
		assertThat(answers.criticalItems().get(0).arguments()).containsExactly("лидокаин", "отёк Квинке");
		assertThat(answers.criticalItems().get(3).arguments()).containsExactly("20");
		assertThat(answers.hasHighBloodPressure()).isFalse();
	}

	@Test
	void chronicDiseasesPressureProblemsAndComplaintsAreNotCritical() {
		var answers = Answers.none().chronically("Гипертоническая болезнь").taking("Лозартан").pressure(185, 100)
				.withHypertension().troubledByAnaesthesia("Обморок").complaining("Кровоточивость дёсен").answers();

		assertThat(answers.criticalItems()).isEmpty();
		assertThat(answers.hasHighBloodPressure()).isTrue();
	}

	@ParameterizedTest(name = "{0}/{1}: high {2}")
	@CsvSource({ "180, 100, true", "170, 110, true", "179, 109, false", "120, 80, false" })
	void aUsualPressureOf180Over110OrMoreIsHigh(int systolic, int diastolic, boolean high) {
		assertThat(Answers.none().pressure(systolic, diastolic).answers().hasHighBloodPressure()).isEqualTo(high);
	}

	@Test
	void differencesAreNamedBySectionInReadingOrder() {
		var before = Answers.none().allergicTo("пенициллин", "сыпь").pressure(120, 80).complaining("Боль").answers();
		var after = Answers.none().allergicTo("пенициллин", "сыпь").allergicTo("лидокаин", null).pressure(125, 80)
				.pregnant(null).complaining("Боль").answers();

		assertThat(after.differencesFrom(before)).containsExactly("allergies", "pregnancy", "bloodPressure");
		assertThat(after.differencesFrom(after)).isEmpty();
		assertThat(Anamnesis.nothingToReport().differencesFrom(Answers.none().answers())).isEmpty();
	}
}
