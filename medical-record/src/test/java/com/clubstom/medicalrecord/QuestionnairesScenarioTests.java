package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditEntryView;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientAlerts.Alert;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;
import com.clubstom.patients.UnknownPatientException;

/**
 * Doctors and assistants record the questionnaire; the calendar learns what is critical from the event, the card from
 * the alerts (clinical staff and the owner only), the audit trail of every version.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class QuestionnairesScenarioTests {

	@Autowired Questionnaires questionnaires;
	@Autowired QuestionnaireAlerts alerts;
	@Autowired PatientRegistry registry;
	@Autowired AuditTrail audit;

	private PatientId aPatient() {
		var phone = "+7977" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		return registry.register(new PatientDetails("Лебедева", "Анна", "Игоревна", LocalDate.of(1990, 4, 2), Sex.FEMALE,
				new PatientContacts(phone, List.of(), null, null, ContactChannel.CALL), ReferralSource.MAPS, List.of(), null,
				null, null, null), LocalDate.of(2026, 1, 10), true);
	}

	@Test
	void aRecordedQuestionnaireIsAnnouncedWithWhatIsCritical(Scenario scenario) {
		var patient = aPatient();
		var answers = Answers.none().allergicTo("лидокаин", "отёк Квинке").takingAnticoagulants("Варфарин 5 мг")
				.pregnant(20).infectedWith(InfectiousDisease.HEPATITIS_C).answers();
		var signedOn = questionnaires.today().minusDays(2);

		scenario.stimulate(() -> questionnaires.record(patient, answers, signedOn, 0))
				.andWaitForEventOfType(QuestionnaireUpdated.class)
				.matching(updated -> updated.patientId().equals(patient))
				.toArriveAndVerify(updated -> {
					assertThat(updated.version()).isEqualTo(1);
					assertThat(updated.signedOn()).isEqualTo(signedOn);
					assertThat(updated.recordedBy()).isEqualTo("system");
					assertThat(updated.criticalItems()).extracting(CriticalItem::kind).containsExactly(
							CriticalItem.Kind.ALLERGY, CriticalItem.Kind.ANTICOAGULANTS, CriticalItem.Kind.PREGNANCY,
							CriticalItem.Kind.INFECTIOUS_DISEASE);
					assertThat(questionnaires.current(patient)).map(QuestionnaireVersion::answers).contains(answers);
					assertThat(questionnaires.hasCriticalAlerts(patient)).isTrue();
					assertThat(questionnaires.criticalAlertsOf(patient)).isEqualTo(updated.criticalItems());
				});
	}

	@Test
	void aVersionRecordedMeanwhileIsRefusedAndTheOneSavedIsHandedBack() {
		var patient = aPatient();
		var first = Answers.none().complaining("Боль в зубе 36").answers();
		questionnaires.record(patient, first, questionnaires.today(), 0);

		assertThatExceptionOfType(QuestionnaireChangedMeanwhileException.class)
				.isThrownBy(() -> questionnaires.record(patient, Answers.none().complaining("Другое").answers(),
						questionnaires.today(), 0))
				.satisfies(meanwhile -> {
					assertThat(meanwhile.current().currentNumber()).isEqualTo(1);
					assertThat(meanwhile.current().current().orElseThrow().answers()).isEqualTo(first);
				});
		assertThat(questionnaires.history(patient)).hasSize(1);

		questionnaires.record(patient, Answers.none().complaining("Другое").answers(), questionnaires.today(), 1);
		assertThat(questionnaires.history(patient)).extracting(QuestionnaireVersion::number).containsExactly(2, 1);
	}

	@Test
	void everyVersionIsInTheAuditTrailWithWhatChanged() {
		var patient = aPatient();
		questionnaires.record(patient, Answers.none().allergicTo("латекс", null).answers(), questionnaires.today(), 0);
		questionnaires.record(patient, Answers.none().allergicTo("латекс", null).pressure(130, 85).answers(),
				questionnaires.today(), 1);

		var entries = audit.search(AuditQuery.aboutPatient(patient.value()), 0, 10).entries().stream()
				.filter(entry -> Questionnaires.SECTION.equals(entry.section())).toList();
		assertThat(entries).extracting(AuditEntryView::action).containsExactly(AuditAction.CHANGE, AuditAction.CREATE);
		assertThat(entries.get(0).changedFields()).containsExactly("bloodPressure");
		assertThat(entries.get(1).changedFields()).containsExactly("allergies", "signedOn");
	}

	@Test
	void alertsAreForThoseWhoSeeClinicalDataOnly() {
		var patient = aPatient();
		assertThat(alerts.alertsFor(patient, Set.of("DOCTOR"))).containsExactly(Alert.warning("questionnaire.alert.missing"));
		assertThat(alerts.alertsFor(patient, Set.of("ADMINISTRATOR"))).isEmpty();

		questionnaires.record(patient, Answers.none().allergicTo("лидокаин", "отёк Квинке").pressure(185, 100).answers(),
				questionnaires.today().minusMonths(13), 0);

		var expected = List.of(Alert.critical("questionnaire.alert.allergy-reaction", "лидокаин", "отёк Квинке"),
				Alert.warning("questionnaire.alert.high-pressure", 185, 100),
				Alert.warning("questionnaire.alert.stale", questionnaires.today().minusMonths(13)
						.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
		for (var reader : List.of("OWNER", "DOCTOR", "ASSISTANT")) {
			assertThat(alerts.alertsFor(patient, Set.of(reader))).as(reader).isEqualTo(expected);
		}
		for (var other : List.of("ADMINISTRATOR", "ACCOUNTANT")) {
			assertThat(alerts.alertsFor(patient, Set.of(other))).as(other).isEmpty();
		}
	}

	@Test
	void anUnknownPatientOrASigningBeforeBirthIsRefused() {
		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> questionnaires
				.record(new PatientId(UUID.randomUUID()), Anamnesis.nothingToReport(), questionnaires.today(), 0));
		var patient = aPatient();
		assertThatExceptionOfType(InvalidQuestionnaireException.class)
				.isThrownBy(() -> questionnaires.record(patient, Anamnesis.nothingToReport(), LocalDate.of(1989, 1, 1), 0))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("signedOn", "questionnaire.signed-on.before-birth")));
		assertThat(questionnaires.of(patient)).isEmpty();
		assertThat(questionnaires.hasCriticalAlerts(patient)).isFalse();
	}
}
