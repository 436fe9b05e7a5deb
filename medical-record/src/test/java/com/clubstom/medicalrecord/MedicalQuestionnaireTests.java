package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.clubstom.patients.PatientId;

/** A patient's questionnaire keeps every version: new answers add one, nothing is overwritten. */
class MedicalQuestionnaireTests {

	static final PatientId PATIENT = new PatientId(UUID.randomUUID());
	static final LocalDate TODAY = LocalDate.of(2026, 3, 17);
	static final Instant NOW = Instant.parse("2026-03-17T07:00:00Z");
	static final Instant LATER = Instant.parse("2026-09-01T08:30:00Z");

	@Test
	void theFirstAnswersAreVersionOneAnnouncedWithWhatIsCritical() {
		var questionnaire = MedicalQuestionnaire.startFor(PATIENT);
		var answers = Answers.none().allergicTo("лидокаин", "отёк Квинке").pressure(120, 80).answers();

		var changed = questionnaire.record(answers, TODAY.minusDays(1), TODAY, NOW, "doctor", "Орлов Андрей Сергеевич");

		assertThat(changed).containsExactly("allergies", "bloodPressure", "signedOn");
		assertThat(questionnaire.currentNumber()).isEqualTo(1);
		assertThat(questionnaire.current()).contains(new QuestionnaireVersion(1, answers, TODAY.minusDays(1), NOW, "doctor",
				"Орлов Андрей Сергеевич"));
		assertThat(eventsOf(questionnaire)).containsExactly(new QuestionnaireUpdated(PATIENT, 1,
				List.of(new CriticalItem(CriticalItem.Kind.ALLERGY, "лидокаин", "отёк Квинке")), TODAY.minusDays(1), NOW,
				"doctor"));
	}

	@Test
	void newAnswersMakeANewVersionAndTheEarlierOnesStayAsTheyWere() {
		var questionnaire = MedicalQuestionnaire.startFor(PATIENT);
		var first = Answers.none().complaining("Боль в зубе 46").answers();
		var second = Answers.none().takingAnticoagulants("Апиксабан").complaining("Боль в зубе 46").pressure(150, 90).answers();
		questionnaire.record(first, TODAY, TODAY, NOW, "assistant", "Белова Ольга Петровна");

		var changed = questionnaire.record(second, TODAY.plusMonths(5), TODAY.plusMonths(6), LATER, "doctor", "Орлов Андрей Сергеевич");

		assertThat(changed).containsExactly("medications", "anticoagulants", "bloodPressure", "signedOn");
		assertThat(questionnaire.history()).extracting(QuestionnaireVersion::number).containsExactly(2, 1);
		assertThat(questionnaire.versionNumbered(1).orElseThrow().answers()).isEqualTo(first);
		assertThat(questionnaire.versionNumbered(1).orElseThrow().recordedBy()).isEqualTo("assistant");
		assertThat(questionnaire.current().orElseThrow().answers()).isEqualTo(second);
		assertThat(questionnaire.changesIn(2)).containsExactly("medications", "anticoagulants", "bloodPressure");
		assertThat(questionnaire.changesIn(1)).isEmpty();
		assertThat(questionnaire.versionNumbered(3)).isEmpty();
		assertThat(eventsOf(questionnaire)).hasSize(2).last().satisfies(event -> {
			var updated = (QuestionnaireUpdated) event;
			assertThat(updated.version()).isEqualTo(2);
			assertThat(updated.criticalItems()).containsExactly(new CriticalItem(CriticalItem.Kind.ANTICOAGULANTS, null, null));
		});
	}

	@Test
	void theSameAnswersSignedTheSameDayRecordNothingButSignedAgainLaterTheyDo() {
		var questionnaire = MedicalQuestionnaire.startFor(PATIENT);
		var answers = Answers.none().chronically("Гастрит").answers();
		questionnaire.record(answers, TODAY, TODAY, NOW, "doctor", "Орлов Андрей Сергеевич");

		assertThat(questionnaire.record(answers, TODAY, TODAY, LATER, "doctor", "Орлов Андрей Сергеевич")).isEmpty();
		assertThat(questionnaire.currentNumber()).isEqualTo(1);
		assertThat(eventsOf(questionnaire)).hasSize(1);

		assertThat(questionnaire.record(answers, TODAY.plusYears(1), TODAY.plusYears(1), LATER, "doctor", "Орлов Андрей Сергеевич"))
				.containsExactly("signedOn");
		assertThat(questionnaire.currentNumber()).isEqualTo(2);
		assertThat(questionnaire.changesIn(2)).isEmpty();
	}

	@Test
	void aPatientWithNothingToReportStillHasAFirstVersion() {
		var questionnaire = MedicalQuestionnaire.startFor(PATIENT);

		assertThat(questionnaire.record(Anamnesis.nothingToReport(), TODAY, TODAY, NOW, "doctor", "Орлов Андрей Сергеевич"))
				.containsExactly("signedOn");
		assertThat(questionnaire.currentNumber()).isEqualTo(1);
	}

	@Test
	void brokenRulesAndASigningDateMissingOrAfterTodayRecordNothing() {
		var questionnaire = MedicalQuestionnaire.startFor(PATIENT);

		assertThatExceptionOfType(InvalidQuestionnaireException.class)
				.isThrownBy(() -> questionnaire.record(Answers.none().pressure(80, 120).answers(), TODAY.plusDays(1), TODAY,
						NOW, "doctor", "Орлов Андрей Сергеевич"))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(
						new Violation("systolic", "questionnaire.pressure.order"),
						new Violation("signedOn", "questionnaire.signed-on.future")));
		assertThat(MedicalQuestionnaire.checkSignedOn(null, TODAY))
				.containsExactly(new Violation("signedOn", "questionnaire.signed-on.required"));
		assertThat(questionnaire.currentNumber()).isZero();
		assertThat(eventsOf(questionnaire)).isEmpty();
	}

	@Test
	void answersSignedMoreThanAYearAgoAreOld() {
		var version = new QuestionnaireVersion(1, Anamnesis.nothingToReport(), TODAY.minusYears(1), NOW, "doctor", "Орлов");

		assertThat(version.isOlderThanAYear(TODAY)).isFalse();
		assertThat(version.isOlderThanAYear(TODAY.plusDays(1))).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static Collection<Object> eventsOf(MedicalQuestionnaire questionnaire) {
		return (Collection<Object>) ReflectionTestUtils.invokeMethod(questionnaire, "domainEvents");
	}
}
