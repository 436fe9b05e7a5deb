package com.clubstom.patients;

import static com.clubstom.patients.PatientFixtures.child;
import static com.clubstom.patients.PatientFixtures.ivanPetrov;
import static com.clubstom.patients.PatientFixtures.withAddress;
import static com.clubstom.patients.PatientFixtures.withPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

/**
 * The registry's API against a real MongoDB: each change is saved with its event, stamped with who made it, and
 * written to the audit trail.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(FrontDesk.class)
class PatientRegistryScenarioTests {

	@Autowired PatientRegistry registry;
	@Autowired AuditTrail audit;

	@Test
	void registeringAPatientPublishesPatientRegistered(Scenario scenario) {
		scenario.stimulate(() -> registry.register(ivanPetrov(), LocalDate.of(2026, 11, 1), true))
				.andWaitForEventOfType(PatientRegistered.class)
				.toArriveAndVerify((event, id) -> {
					assertThat(event.patientId()).isEqualTo(id);
					assertThat(event.fullName()).isEqualTo("Петров Иван Сергеевич");
					assertThat(event.registeredBy()).isEqualTo(FrontDesk.KUZNETSOVA.username());
				});
	}

	@Test
	void changingDetailsPublishesTheChangedFields(Scenario scenario) {
		var id = registry.register(ivanPetrov(), null, true);
		var seen = registry.find(id).orElseThrow().version();

		scenario.stimulate(() -> registry.changeDetails(id, seen, withAddress(ivanPetrov(), "г. Москва, Тверская, 1"), true))
				.andWaitForEventOfType(PatientDetailsChanged.class)
				.matching(event -> event.patientId().equals(id))
				.toArriveAndVerify(event -> assertThat(event.changedFields()).containsExactly("address"));
	}

	@Test
	void archivingAndRestoringPublishTheirEvents(Scenario scenario) {
		var id = registry.register(ivanPetrov(), null, true);

		scenario.stimulate(() -> registry.archive(id)).andWaitForEventOfType(PatientArchived.class)
				.toArriveAndVerify(event -> assertThat(event.patientId()).isEqualTo(id));
		scenario.stimulate(() -> registry.restore(id)).andWaitForEventOfType(PatientRestored.class)
				.toArriveAndVerify(event -> assertThat(event.patientId()).isEqualTo(id));
		assertThat(registry.find(id).orElseThrow().isArchived()).isFalse();
	}

	@Test
	void theSecondOfTwoEditorsIsToldAndNothingIsOverwritten() {
		var id = registry.register(ivanPetrov(), null, true);
		var bothOpenedIt = registry.find(id).orElseThrow().version();
		registry.changeDetails(id, bothOpenedIt, withAddress(ivanPetrov(), "г. Москва, Тверская, 1"), false);

		assertThatExceptionOfType(PatientChangedMeanwhileException.class)
				.isThrownBy(() -> registry.changeDetails(id, bothOpenedIt, withPhone(ivanPetrov(), "+79990001122"), false))
				.satisfies(meanwhile -> assertThat(meanwhile.current().details().contacts().address())
						.isEqualTo("г. Москва, Тверская, 1"));
		var stored = registry.find(id).orElseThrow().details();
		assertThat(stored.contacts().address()).isEqualTo("г. Москва, Тверская, 1");
		assertThat(stored.contacts().phone()).isEqualTo("+79161234567");
	}

	@Test
	void aSecondPatientWithTheSamePhoneIsALikelyDuplicateUntilConfirmed() {
		var first = registry.register(PatientFixtures.adult("Кравцов", "Олег", null, LocalDate.of(1980, 2, 2), Sex.MALE,
				"+79035551234"), null, false);
		var brother = PatientFixtures.adult("Кравцов", "Игорь", null, LocalDate.of(1983, 5, 5), Sex.MALE, "+79035551234");

		assertThatExceptionOfType(LikelyDuplicateException.class).isThrownBy(() -> registry.register(brother, null, false))
				.satisfies(duplicate -> assertThat(duplicate.candidates()).extracting(PatientSummary::id).containsExactly(first));
		var second = registry.register(brother, null, true);
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void theSameNameAndDateOfBirthIsALikelyDuplicateWhateverTheCaseAndYo() {
		registry.register(PatientFixtures.alyonaSemyonova(), null, false);
		var again = PatientFixtures.adult("СЕМЕНОВА", "алена", null, LocalDate.of(1991, 7, 2), Sex.FEMALE, "+79035550999");

		assertThat(registry.likelyDuplicatesOf(again, null)).extracting(PatientSummary::fullName)
				.containsExactly("Семёнова Алёна Викторовна");
	}

	@Test
	void aMinorsConsentAtRegistrationIsMarkedAsGivenByTheRepresentative() {
		var id = registry.register(child(true), registry.today(), true);

		var consent = registry.find(id).orElseThrow().consent();
		assertThat(consent.given()).isTrue();
		assertThat(consent.byRepresentative()).isTrue();
	}

	@Test
	void viewsAndChangesAreWrittenToTheAuditTrailWithTheChangedFields() {
		var id = registry.register(ivanPetrov(), null, true);
		registry.open(id, "profile");
		registry.changeContacts(id, registry.find(id).orElseThrow().version(),
				withPhone(ivanPetrov(), "+79990001122").contacts());

		var entries = audit.search(new AuditQuery(AuditSubject.PATIENT, id.value(), null, null, null, null), 0, 10).entries();
		assertThat(entries).extracting(entry -> entry.action()).containsExactly(AuditAction.CHANGE, AuditAction.VIEW,
				AuditAction.CREATE);
		assertThat(entries.get(0).changedFields()).containsExactly("phone");
		assertThat(entries.get(0).actorUsername()).isEqualTo(FrontDesk.KUZNETSOVA.username());
		assertThat(entries.get(1).section()).isEqualTo("profile");
	}
}
