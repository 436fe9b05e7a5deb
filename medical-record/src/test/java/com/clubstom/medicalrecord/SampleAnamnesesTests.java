package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientStatus;
import com.clubstom.patients.PatientSummary;
import com.clubstom.patients.Sex;

/**
 * The demo questionnaires keep the rules and show what the demo is for: most patients have one, some several versions,
 * a few allergies, anticoagulants and pregnancies; Petrov is allergic to lidocaine.
 */
class SampleAnamnesesTests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, MOSCOW);

	@Test
	void theDemoClinicsQuestionnairesAreValidVariedAndInThePast() {
		var samples = new SampleAnamneses(DemoQuestionnaires.SEED, MOSCOW);
		var random = new Random(7);
		var patients = new ArrayList<PatientSummary>();
		patients.add(summary("Петров", "Иван", "Сергеевич", "+79161234567", LocalDate.of(1984, 3, 12), Sex.MALE, 412));
		for (int index = 0; index < 300; index++) {
			patients.add(summary("Пациент", "Номер" + index, null, "+7977" + (1_000_000 + index),
					LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
					random.nextBoolean() ? Sex.FEMALE : Sex.MALE, random.nextInt(1100)));
		}

		// recording validates every version: an invalid sample would throw here
		var filled = patients.stream().map(patient -> samples.questionnaireOf(patient, NOW)).flatMap(java.util.Optional::stream)
				.toList();

		assertThat(filled.size()).isBetween(180, 250);
		assertThat(filled.stream().filter(questionnaire -> questionnaire.currentNumber() >= 2).count()).isGreaterThan(30);
		var current = filled.stream().map(questionnaire -> questionnaire.current().orElseThrow()).toList();
		assertThat(current.stream().filter(version -> !version.answers().allergies().isEmpty()).count()).isBetween(20L, 80L);
		assertThat(current.stream().filter(version -> version.answers().takesAnticoagulants()).count()).isGreaterThan(5);
		assertThat(current.stream().filter(version -> version.answers().pregnant()).count()).isBetween(1L, 15L);
		assertThat(current.stream().filter(version -> version.isOlderThanAYear(NOW.toLocalDate())).count()).isGreaterThan(10);
		assertThat(filled.stream().flatMap(questionnaire -> questionnaire.history().stream())
				.allMatch(version -> !version.recordedAt().isAfter(NOW.toInstant()))).isTrue();

		var petrov = filled.get(0).current().orElseThrow();
		assertThat(filled.get(0).currentNumber()).isEqualTo(2);
		assertThat(petrov.answers().allergies()).containsExactly(new Allergy("Лидокаин", "отёк Квинке"));
	}

	private static PatientSummary summary(String lastName, String firstName, String middleName, String phone,
			LocalDate birthDate, Sex sex, int daysAgo) {
		var registered = NOW.minusDays(daysAgo).toInstant();
		return new PatientSummary(new PatientId(UUID.randomUUID()), lastName, firstName, middleName, birthDate, sex, phone,
				List.of(), PatientStatus.ACTIVE, true, registered, registered);
	}
}
