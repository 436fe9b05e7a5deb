package com.clubstom.patients;

import static com.clubstom.patients.PatientFixtures.ADMINISTRATOR_KUZNETSOVA;
import static com.clubstom.patients.PatientFixtures.TODAY;
import static com.clubstom.patients.PatientFixtures.child;
import static com.clubstom.patients.PatientFixtures.ivanPetrov;
import static com.clubstom.patients.PatientFixtures.withAddress;
import static com.clubstom.patients.PatientFixtures.withPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PatientTests {

	@Test
	void registeringAnnouncesThePatientWithWhatRemindersNeed() {
		var patient = Patient.register(ivanPetrov(), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);

		assertThat(patient.status()).isEqualTo(PatientStatus.ACTIVE);
		assertThat(patient.registered()).isEqualTo(ADMINISTRATOR_KUZNETSOVA);
		assertThat(events(patient)).singleElement().isInstanceOfSatisfying(PatientRegistered.class, registered -> {
			assertThat(registered.patientId()).isEqualTo(patient.id());
			assertThat(registered.fullName()).isEqualTo("Петров Иван Сергеевич");
			assertThat(registered.phone()).isEqualTo("+79161234567");
			assertThat(registered.registeredBy()).isEqualTo("admin");
		});
	}

	@Test
	void invalidDetailsAreNeverRegistered() {
		assertThatExceptionOfType(InvalidPatientDetailsException.class)
				.isThrownBy(() -> Patient.register(child(false), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY))
				.satisfies(e -> assertThat(e.violations()).extracting(Violation::code)
						.containsExactly("patient.representative.required"));
	}

	@Test
	void aChangeNamesTheChangedFieldsAndWhoChangedThem() {
		var patient = Patient.register(ivanPetrov(), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);
		var later = new StaffMark(ADMINISTRATOR_KUZNETSOVA.at().plus(Duration.ofHours(2)), "doctor", "Орлов Андрей Сергеевич");

		var changed = patient.changeDetails(withAddress(withPhone(ivanPetrov(), "+79169998877"), "г. Москва, ул. Новая, 1"),
				later, TODAY);

		assertThat(changed).containsExactly("phone", "address");
		assertThat(patient.lastChanged()).isEqualTo(later);
		assertThat(events(patient)).last().isInstanceOfSatisfying(PatientDetailsChanged.class, event -> {
			assertThat(event.changedFields()).containsExactlyInAnyOrder("phone", "address");
			assertThat(event.phone()).isEqualTo("+79169998877");
			assertThat(event.changedBy()).isEqualTo("doctor");
		});
	}

	@Test
	void savingTheSameDetailsChangesNothingAndAnnouncesNothing() {
		var patient = Patient.register(ivanPetrov(), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);

		assertThat(patient.changeDetails(ivanPetrov(), ADMINISTRATOR_KUZNETSOVA, TODAY)).isEmpty();
		assertThat(events(patient)).hasSize(1);
	}

	@Test
	void archivingAndRestoringAreAnnouncedOnceEach() {
		var patient = Patient.register(ivanPetrov(), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);

		patient.archive(ADMINISTRATOR_KUZNETSOVA);
		patient.archive(ADMINISTRATOR_KUZNETSOVA);
		assertThat(patient.isArchived()).isTrue();
		patient.restore(ADMINISTRATOR_KUZNETSOVA);
		patient.restore(ADMINISTRATOR_KUZNETSOVA);

		assertThat(events(patient)).extracting(Object::getClass).containsExactly(PatientRegistered.class,
				PatientArchived.class, PatientRestored.class);
		assertThat(patient.isArchived()).isFalse();
	}

	@Test
	void aMinorsConsentIsSignedByTheRepresentative() {
		var patient = Patient.register(child(true), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);

		patient.recordConsent(true, TODAY, ADMINISTRATOR_KUZNETSOVA, TODAY);

		assertThat(patient.consent().given()).isTrue();
		assertThat(patient.consent().byRepresentative()).isTrue();
		assertThat(patient.consent().recordedBy()).isEqualTo(ADMINISTRATOR_KUZNETSOVA);
	}

	@Test
	void aConsentCannotBeSignedInTheFuture() {
		var patient = Patient.register(ivanPetrov(), PersonalDataConsent.notGiven(), ADMINISTRATOR_KUZNETSOVA, TODAY);

		assertThatExceptionOfType(InvalidPatientDetailsException.class)
				.isThrownBy(() -> patient.recordConsent(true, TODAY.plusDays(1), ADMINISTRATOR_KUZNETSOVA, TODAY));
		assertThat(patient.consent().given()).isFalse();
	}

	/** What the aggregate registered for publication (published by the repository on save). */
	private static java.util.List<Object> events(Patient patient) {
		java.util.Collection<Object> registered = org.springframework.test.util.ReflectionTestUtils.invokeMethod(patient,
				"domainEvents");
		return java.util.List.copyOf(registered);
	}
}
