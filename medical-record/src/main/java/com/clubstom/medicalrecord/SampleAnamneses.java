package com.clubstom.medicalrecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.clubstom.patients.PatientSummary;
import com.clubstom.patients.Sex;

/**
 * Realistic questionnaires for the demo clinic's patients, the same for the same seed: about seven patients in ten have
 * one, some updated once or twice over the years; a few with allergies, anticoagulants, an infection, a pregnancy or a
 * high blood pressure, as a Moscow clinic sees them. {@code Петров Иван Сергеевич} and {@code Семёнова Алёна Викторовна}
 * are allergic to lidocaine.
 */
final class SampleAnamneses {

	/** Who records in the demo clinic (staff's {@code DemoAccounts}). */
	private static final String[][] RECORDERS = { { "doctor", "Орлов Андрей Сергеевич" }, { "assistant", "Белова Ольга Петровна" } };

	/** A chronic disease, what it is treated with, whether that thins the blood, whether it raises the pressure. */
	private record Condition(String disease, String medication, boolean anticoagulant, boolean hypertensive) {
	}

	private static final List<Condition> CONDITIONS = List.of(
			new Condition("Гипертоническая болезнь II стадии", "Лозартан 50 мг утром", false, true),
			new Condition("Сахарный диабет 2 типа", "Метформин 1000 мг 2 раза в день", false, false),
			new Condition("Фибрилляция предсердий", "Апиксабан (Эликвис) 5 мг 2 раза в день", true, true),
			new Condition("ИБС, стенокардия напряжения", "Кардиомагнил 75 мг вечером, аторвастатин 20 мг", true, true),
			new Condition("Бронхиальная астма", "Сальбутамол (ингалятор) по потребности", false, false),
			new Condition("Гипотиреоз", "L-тироксин 75 мкг натощак", false, false),
			new Condition("Хронический гастрит", null, false, false),
			new Condition("Тромбоз глубоких вен голени (2023 г.)", "Ривароксабан (Ксарелто) 20 мг", true, false),
			new Condition("Мигрень", "Суматриптан при приступах", false, false));

	private static final List<Allergy> ALLERGIES = List.of(new Allergy("Лидокаин", "отёк Квинке"),
			new Allergy("Артикаин", "крапивница"), new Allergy("Пенициллин", "сыпь"),
			new Allergy("Амоксициллин", "крапивница"), new Allergy("Латекс", "контактный дерматит"),
			new Allergy("Йод", "зуд и покраснение кожи"), new Allergy("Новокаин", "анафилактический шок"),
			new Allergy("Ибупрофен", "бронхоспазм"), new Allergy("Метронидазол", null));

	private static final List<String> COMPLAINTS = List.of("Боль при накусывании на зуб 36", "Кровоточивость дёсен при чистке",
			"Чувствительность зубов к холодному", "Выпала пломба в зубе 25", "Хочет восстановить отсутствующие зубы",
			"Потемнение передних зубов, хочет улучшить эстетику", "Профилактический осмотр и гигиена",
			"Ноющая боль в области зуба мудрости", "Скол коронки зуба 11", "Неприятный запах изо рта");

	private static final List<String> ANAESTHESIA_PROBLEMS = List.of("Обморок после инъекции анестетика",
			"Сердцебиение при анестезии с адреналином", "Анестезия подействовала не полностью");

	private final Random random;
	private final ZoneId zone;

	SampleAnamneses(long seed, ZoneId zone) {
		this.random = new Random(seed);
		this.zone = zone;
	}

	/** The patient's questionnaire as of {@code now}, none for about three patients in ten. */
	Optional<MedicalQuestionnaire> questionnaireOf(PatientSummary patient, ZonedDateTime now) {
		var today = now.toLocalDate();
		var registered = patient.registeredAt().atZone(zone).toLocalDate();
		if (isPetrov(patient)) {
			return Optional.of(petrov(patient, registered, now));
		}
		if (isSemyonova(patient)) {
			return Optional.of(semyonova(patient, registered, now));
		}
		if (random.nextInt(100) < 30) {
			return Optional.empty();
		}
		var questionnaire = MedicalQuestionnaire.startFor(patient.id());
		var versions = 1 + (random.nextInt(100) < 40 ? 1 : 0) + (random.nextInt(100) < 15 ? 1 : 0);
		var signingDays = new ArrayList<LocalDate>();
		for (var signedOn = registered; signingDays.size() < versions && !signedOn.isAfter(today);
				signedOn = signedOn.plusMonths(5 + random.nextInt(10)).plusDays(random.nextInt(20))) {
			signingDays.add(signedOn);
		}
		var answers = firstAnswers(patient, today);
		for (int index = 0; index < signingDays.size(); index++) {
			if (index > 0) {
				answers = later(answers);
			}
			if (index == signingDays.size() - 1 && mayBePregnant(patient, signingDays.get(index), today)) {
				answers = pregnant(answers, 6 + random.nextInt(28));
			}
			record(questionnaire, answers, signingDays.get(index), now);
		}
		return Optional.of(questionnaire);
	}

	/** A woman of 20 to 42 whose questionnaire is recent enough for a pregnancy to be current: one in three. */
	private boolean mayBePregnant(PatientSummary patient, LocalDate signedOn, LocalDate today) {
		var age = patient.birthDate().until(signedOn).getYears();
		return patient.sex() == Sex.FEMALE && age >= 20 && age <= 42 && signedOn.isAfter(today.minusDays(240))
				&& random.nextInt(100) < 35;
	}

	private static Anamnesis pregnant(Anamnesis answers, int weeks) {
		return new Anamnesis(answers.allergies(), answers.chronicDiseases(), answers.medications(),
				answers.takesAnticoagulants(), answers.infectiousDiseases(), answers.otherInfectiousDiseases(), true, weeks,
				answers.systolic(), answers.diastolic(), answers.hypertension(), answers.anaesthesiaProblems(),
				answers.anaesthesiaProblemsDescription(), answers.complaints());
	}

	private Anamnesis firstAnswers(PatientSummary patient, LocalDate today) {
		var age = patient.birthDate().until(today).getYears();
		var conditions = new ArrayList<Condition>();
		if (random.nextInt(100) < Math.min(70, 10 + age)) {
			conditions.add(CONDITIONS.get(random.nextInt(CONDITIONS.size())));
		}
		if (age > 55 && random.nextInt(100) < 30) {
			var another = CONDITIONS.get(random.nextInt(CONDITIONS.size()));
			if (!conditions.contains(another)) {
				conditions.add(another);
			}
		}
		var allergies = new ArrayList<Allergy>();
		if (random.nextInt(100) < 15) {
			allergies.add(ALLERGIES.get(random.nextInt(ALLERGIES.size())));
		}
		Set<InfectiousDisease> infections = EnumSet.noneOf(InfectiousDisease.class);
		if (random.nextInt(100) < 3) {
			infections.add(random.nextBoolean() ? InfectiousDisease.HEPATITIS_C : InfectiousDisease.HEPATITIS_B);
		}
		var hypertensive = conditions.stream().anyMatch(Condition::hypertensive);
		Integer systolic = null;
		Integer diastolic = null;
		if (hypertensive || random.nextInt(100) < 60) {
			systolic = hypertensive ? 140 + random.nextInt(9) * 5 : 105 + random.nextInt(7) * 5;
			diastolic = hypertensive ? 85 + random.nextInt(6) * 5 : 65 + random.nextInt(5) * 5;
		}
		var anaesthesia = random.nextInt(100) < 4;
		return new Anamnesis(allergies, joined(conditions.stream().map(Condition::disease).toList()),
				joined(conditions.stream().map(Condition::medication).filter(medication -> medication != null).toList()),
				conditions.stream().anyMatch(Condition::anticoagulant), infections, null, false, null, systolic, diastolic,
				hypertensive, anaesthesia,
				anaesthesia ? ANAESTHESIA_PROBLEMS.get(random.nextInt(ANAESTHESIA_PROBLEMS.size())) : null,
				random.nextInt(100) < 85 ? COMPLAINTS.get(random.nextInt(COMPLAINTS.size())) : null);
	}

	/** The answers some months later: new complaints, the pressure measured again, now and then an allergy found. */
	private Anamnesis later(Anamnesis before) {
		var allergies = new ArrayList<>(before.allergies());
		if (random.nextInt(100) < 15) {
			var found = ALLERGIES.get(random.nextInt(ALLERGIES.size()));
			if (!allergies.contains(found)) {
				allergies.add(found);
			}
		}
		var systolic = before.systolic() == null ? null : before.systolic() + (random.nextInt(5) - 2) * 5;
		var diastolic = before.diastolic() == null ? null : before.diastolic() + (random.nextInt(3) - 1) * 5;
		return new Anamnesis(allergies, before.chronicDiseases(), before.medications(), before.takesAnticoagulants(),
				before.infectiousDiseases(), before.otherInfectiousDiseases(), false, null, systolic, diastolic,
				before.hypertension(), before.anaesthesiaProblems(), before.anaesthesiaProblemsDescription(),
				COMPLAINTS.get(random.nextInt(COMPLAINTS.size())));
	}

	/** Petrov's first visit, and his update after a reaction to lidocaine in another clinic. */
	private MedicalQuestionnaire petrov(PatientSummary patient, LocalDate registered, ZonedDateTime now) {
		var questionnaire = MedicalQuestionnaire.startFor(patient.id());
		record(questionnaire, new Anamnesis(List.of(), "Хронический гастрит", null, false, Set.of(), null, false, null, 125, 80,
				false, false, null, "Боль при накусывании на зуб 46"), registered, now);
		record(questionnaire, new Anamnesis(List.of(new Allergy("Лидокаин", "отёк Квинке")), "Хронический гастрит",
				"Омепразол 20 мг курсами", false, Set.of(), null, false, null, 130, 85, false, true,
				"Отёк Квинке после анестезии лидокаином в другой клинике", "Плановое лечение, чувствительность зуба 24"),
				now.toLocalDate().minusDays(26), now);
		return questionnaire;
	}

	/** Semyonova's card notes send the reader to the questionnaire for her allergy. */
	private MedicalQuestionnaire semyonova(PatientSummary patient, LocalDate registered, ZonedDateTime now) {
		var questionnaire = MedicalQuestionnaire.startFor(patient.id());
		record(questionnaire, new Anamnesis(List.of(new Allergy("Лидокаин", "крапивница, зуд")), null, null, false, Set.of(),
				null, false, null, 115, 75, false, false, null, "Боится лечения; ноющая боль в зубе 37"), registered, now);
		return questionnaire;
	}

	/** Records the answers as recorded on the day signed, during clinic hours (never after {@code now}). */
	private void record(MedicalQuestionnaire questionnaire, Anamnesis answers, LocalDate signedOn, ZonedDateTime now) {
		var recorder = RECORDERS[random.nextInt(10) < 7 ? 0 : 1];
		var at = signedOn.atTime(9 + random.nextInt(9), random.nextInt(4) * 15).atZone(zone).toInstant();
		if (at.isAfter(now.toInstant())) {
			at = now.toInstant();
		}
		questionnaire.record(answers, signedOn, now.toLocalDate(), at, recorder[0], recorder[1]);
	}

	static boolean isPetrov(PatientSummary patient) {
		return "Петров Иван Сергеевич".equals(patient.fullName()) && "+79161234567".equals(patient.phone());
	}

	static boolean isSemyonova(PatientSummary patient) {
		return "Семёнова Алёна Викторовна".equals(patient.fullName()) && "+79035550101".equals(patient.phone());
	}

	private static String joined(List<String> parts) {
		return parts.isEmpty() ? null : String.join("; ", parts);
	}
}
