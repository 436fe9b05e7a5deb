package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;

/** The chart is its entries applied in order; a past day shows what was recorded until then. */
class DentalChartTests {

	static final Clinician ORLOV = new Clinician("orlov", "Орлов Андрей Сергеевич");
	static final Instant MARCH = Instant.parse("2026-03-10T08:00:00Z");
	static final Instant APRIL = Instant.parse("2026-04-14T08:00:00Z");
	static final Instant MAY = Instant.parse("2026-05-20T08:00:00Z");
	static final Icd10 ICD10 = new Icd10();

	final DentalChart chart = DentalChart.of(new PatientId(UUID.randomUUID()));

	@Test
	void aBlankChartHasEveryToothHealthy() {
		var state = chart.asOf(MAY);

		assertThat(state.teeth()).isEmpty();
		assertThat(state.of(Tooth.of(36)).isHealthy()).isTrue();
	}

	@Test
	void cariesOnTheOcclusalSurfaceIsOnThatSurfaceOnly() {
		chart.record(Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), "глубокая фиссура", MARCH, ORLOV);

		var tooth = chart.asOf(MAY).of(Tooth.of(36));
		assertThat(tooth.on(ToothSurface.OCCLUSAL)).contains(ToothCondition.CARIES);
		assertThat(tooth.on(ToothSurface.MESIAL)).isEmpty();
		assertThat(tooth.has(ToothCondition.CARIES)).isTrue();
		assertThat(chart.asOf(MAY).of(Tooth.of(37)).isHealthy()).isTrue();
	}

	@Test
	void aFillingReplacesTheCariesItTreatedAndThePastStillShowsTheCaries() {
		chart.record(Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL, ToothSurface.DISTAL), null, MARCH, ORLOV);
		chart.record(Tooth.of(36), ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL), null, APRIL, ORLOV);

		var now = chart.asOf(MAY).of(Tooth.of(36));
		assertThat(now.on(ToothSurface.OCCLUSAL)).contains(ToothCondition.FILLING);
		assertThat(now.on(ToothSurface.DISTAL)).contains(ToothCondition.CARIES);
		assertThat(chart.asOf(MARCH.plusSeconds(60)).of(Tooth.of(36)).on(ToothSurface.OCCLUSAL)).contains(ToothCondition.CARIES);
		assertThat(chart.asOf(MARCH.minusSeconds(60)).of(Tooth.of(36)).isHealthy()).isTrue();
	}

	@Test
	void wholeToothConditionsAddUpAndRootCanalTreatmentEndsThePulpitis() {
		chart.record(Tooth.of(26), ToothCondition.PULPITIS, Set.of(), null, MARCH, ORLOV);
		chart.record(Tooth.of(26), ToothCondition.ROOT_CANAL_TREATED, Set.of(), null, APRIL, ORLOV);
		chart.record(Tooth.of(26), ToothCondition.CROWN, Set.of(), null, MAY, ORLOV);

		var tooth = chart.asOf(MAY).of(Tooth.of(26));
		assertThat(tooth.conditions()).containsExactlyInAnyOrder(ToothCondition.ROOT_CANAL_TREATED, ToothCondition.CROWN);
	}

	@Test
	void anExtractedToothKeepsNoSurfacesAndAnImplantKeepsItsCrown() {
		chart.record(Tooth.of(46), ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL), null, MARCH, ORLOV);
		chart.record(Tooth.of(46), ToothCondition.MISSING, Set.of(), null, APRIL, ORLOV);
		assertThat(chart.asOf(APRIL).of(Tooth.of(46))).satisfies(tooth -> {
			assertThat(tooth.presence()).isEqualTo(ToothCondition.MISSING);
			assertThat(tooth.surfaces()).isEmpty();
		});

		chart.record(Tooth.of(46), ToothCondition.CROWN, Set.of(), null, MAY, ORLOV);
		chart.record(Tooth.of(46), ToothCondition.IMPLANT, Set.of(), null, MAY.plusSeconds(1), ORLOV);
		assertThat(chart.asOf(MAY.plusSeconds(1)).of(Tooth.of(46))).satisfies(tooth -> {
			assertThat(tooth.presence()).isEqualTo(ToothCondition.IMPLANT);
			assertThat(tooth.conditions()).containsExactly(ToothCondition.CROWN);
		});
	}

	@Test
	void healthyOnSurfacesClearsThoseAndOnTheToothClearsEverything() {
		chart.record(Tooth.of(11), ToothCondition.CARIES, Set.of(ToothSurface.MESIAL, ToothSurface.VESTIBULAR), null, MARCH, ORLOV);
		chart.record(Tooth.of(11), ToothCondition.MOBILE, Set.of(), null, MARCH.plusSeconds(1), ORLOV);
		chart.record(Tooth.of(11), ToothCondition.HEALTHY, Set.of(ToothSurface.MESIAL), null, APRIL, ORLOV);

		assertThat(chart.asOf(APRIL).of(Tooth.of(11)).surfaces()).containsOnlyKeys(ToothSurface.VESTIBULAR);

		chart.record(Tooth.of(11), ToothCondition.HEALTHY, Set.of(), null, MAY, ORLOV);
		assertThat(chart.asOf(MAY).of(Tooth.of(11)).isHealthy()).isTrue();
	}

	@Test
	void surfaceConditionsNeedSurfacesAndToothConditionsRefuseThem() {
		assertThatExceptionOfType(InvalidChartEntryException.class)
				.isThrownBy(() -> chart.record(Tooth.of(36), ToothCondition.CARIES, Set.of(), null, MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("surfaces", "chart.surfaces.required")));
		assertThatExceptionOfType(InvalidChartEntryException.class)
				.isThrownBy(() -> chart.record(Tooth.of(36), ToothCondition.CROWN, Set.of(ToothSurface.OCCLUSAL), null, MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).extracting(Violation::code)
						.containsExactly("chart.surfaces.not-for-condition"));
		assertThatExceptionOfType(InvalidChartEntryException.class)
				.isThrownBy(() -> chart.record(Tooth.of(36), ToothCondition.CROWN, Set.of(), "x".repeat(501), MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("note"));
		assertThat(chart.findings()).isEmpty();
	}

	@Test
	void diagnosesSitOnTheirToothOrOnTheMouth() {
		var today = LocalDate.of(2026, 5, 20);
		chart.diagnose(Tooth.of(36), ICD10.find("K02.1").orElseThrow(), today, today, null, MAY, ORLOV);
		chart.diagnose(null, ICD10.find("K05.1").orElseThrow(), today, today, "кровоточивость", MAY, ORLOV);

		var state = chart.asOf(MAY);
		assertThat(state.of(Tooth.of(36)).diagnoses()).extracting(Diagnosis::code).containsExactly("K02.1");
		assertThat(state.mouthDiagnoses()).extracting(Diagnosis::code).containsExactly("K05.1");
		assertThat(chart.diagnoses()).extracting(Diagnosis::doctor).containsOnly(ORLOV);
		assertThat(chart.asOf(APRIL).of(Tooth.of(36)).diagnoses()).isEmpty();
	}

	@Test
	void aDiagnosisCannotBeDatedTomorrow() {
		var today = LocalDate.of(2026, 5, 20);

		assertThatExceptionOfType(InvalidChartEntryException.class)
				.isThrownBy(() -> chart.diagnose(Tooth.of(36), ICD10.find("K02.1").orElseThrow(), today.plusDays(1), today, null,
						MAY, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("madeOn", "chart.diagnosis.date.future")));
	}
}
