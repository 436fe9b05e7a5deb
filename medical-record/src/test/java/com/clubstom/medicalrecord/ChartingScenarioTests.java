package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/** A doctor charts a patient's teeth; plans and reports hear of every finding and diagnosis. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DoctorAtTheChair.class)
class ChartingScenarioTests {

	@Autowired Charting charting;
	@Autowired PatientRegistry registry;
	@Autowired AuditTrail audit;

	@Test
	void cariesOnTheOcclusalSurfaceOfThirtySixIsAnnounced(Scenario scenario) {
		var patient = PatientsInTheChair.anAdult(registry, "Кариесов");

		scenario.stimulate(() -> charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES,
				Set.of(ToothSurface.OCCLUSAL), "пигментированная фиссура"))
				.andWaitForEventOfType(FindingRecorded.class)
				.matching(recorded -> recorded.patientId().equals(patient.value()))
				.toArriveAndVerify(recorded -> {
					assertThat(recorded.tooth()).isEqualTo(36);
					assertThat(recorded.condition()).isEqualTo(ToothCondition.CARIES);
					assertThat(recorded.surfaces()).containsExactly(ToothSurface.OCCLUSAL);
					assertThat(recorded.recordedBy()).isEqualTo("orlov");
					assertThat(charting.chartOf(patient).asOf(charting.now()).of(Tooth.of(36)).on(ToothSurface.OCCLUSAL))
							.contains(ToothCondition.CARIES);
				});
	}

	@Test
	void aDiagnosisOnTheToothIsAnnouncedWithItsCode(Scenario scenario) {
		var patient = PatientsInTheChair.anAdult(registry, "Диагнозов");

		scenario.stimulate(() -> charting.diagnose(patient, Tooth.of(36), "k02,1", charting.today(), null))
				.andWaitForEventOfType(DiagnosisMade.class)
				.matching(made -> made.patientId().equals(patient.value()))
				.toArriveAndVerify(made -> {
					assertThat(made.code()).isEqualTo("K02.1");
					assertThat(made.tooth()).isEqualTo(36);
					assertThat(made.madeOn()).isEqualTo(charting.today());
					assertThat(made.doctor()).isEqualTo("orlov");
				});
	}

	@Test
	void aCodeOutsideTheDentalChapterIsRefusedAndNothingIsRecorded() {
		var patient = PatientsInTheChair.anAdult(registry, "Ошибкин");

		assertThatExceptionOfType(InvalidChartEntryException.class)
				.isThrownBy(() -> charting.diagnose(patient, Tooth.of(36), "J06.9", charting.today(), null))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("code", "chart.diagnosis.code.unknown")));
		assertThat(charting.chartOf(patient).diagnoses()).isEmpty();
	}

	@Test
	void anUnknownPatientHasNoChartToWriteOn() {
		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> charting.recordFinding(
				new PatientId(UUID.randomUUID()), Tooth.of(11), ToothCondition.CROWN, Set.of(), null));
	}

	@Test
	void twoPeopleChartingAtOnceBothKeepTheirFindings() throws Exception {
		var patient = PatientsInTheChair.anAdult(registry, "Одновременный");
		var teeth = IntStream.of(11, 12, 13, 14, 15, 16, 21, 22).mapToObj(Tooth::of).toList();
		var executor = Executors.newFixedThreadPool(teeth.size());
		try {
			var tasks = teeth.stream().<Callable<Finding>>map(tooth -> () -> charting.recordFinding(patient, tooth,
					ToothCondition.CROWN, Set.of(), null)).toList();
			for (var future : executor.invokeAll(tasks)) {
				future.get();
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(charting.chartOf(patient).asOf(charting.now()).teeth()).containsOnlyKeys(teeth);
	}

	@Test
	void everyViewAndEveryEntryIsInTheAuditTrail() {
		var patient = PatientsInTheChair.anAdult(registry, "Аудитов");

		assertThat(charting.open(patient).usualDentition()).isEqualTo(Dentition.PERMANENT);
		charting.recordFinding(patient, Tooth.of(46), ToothCondition.MISSING, Set.of(), null);

		var entries = audit.search(AuditQuery.aboutPatient(patient.value()), 0, 20).entries();
		assertThat(entries).filteredOn(entry -> Charting.SECTION.equals(entry.section()))
				.extracting(entry -> entry.action().name())
				.contains("VIEW", "CHANGE");
	}
}
