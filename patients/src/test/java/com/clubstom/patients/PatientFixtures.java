package com.clubstom.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Patients and staff as the tests talk about them. */
final class PatientFixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	static final StaffMark ADMINISTRATOR_KUZNETSOVA = new StaffMark(Instant.parse("2026-11-24T07:00:00Z"), "admin",
			"Кузнецова Марина Игоревна");

	private PatientFixtures() {
	}

	/** Петров Иван Сергеевич, 42, +7 916 123-45-67. */
	static PatientDetails ivanPetrov() {
		return adult("Петров", "Иван", "Сергеевич", LocalDate.of(1984, 3, 12), Sex.MALE, "+79161234567");
	}

	/** Семёнова Алёна Викторовна, with ё in both names. */
	static PatientDetails alyonaSemyonova() {
		return adult("Семёнова", "Алёна", "Викторовна", LocalDate.of(1991, 7, 2), Sex.FEMALE, "+79035550101");
	}

	static PatientDetails adult(String lastName, String firstName, String middleName, LocalDate birthDate, Sex sex,
			String phone) {
		return new PatientDetails(lastName, firstName, middleName, birthDate, sex,
				new PatientContacts(phone, List.of(), null, "г. Москва, ул. Лесная, д. 5, кв. 12", ContactChannel.CALL),
				ReferralSource.RECOMMENDATION, List.of(), null, null, null, null);
	}

	/** A nine-year-old, with or without the mother as representative. */
	static PatientDetails child(boolean withRepresentative) {
		return new PatientDetails("Петрова", "Маша", "Ивановна", TODAY.minusYears(9), Sex.FEMALE,
				new PatientContacts("+79161234568", List.of(), null, null, ContactChannel.CALL), null, List.of(), null,
				withRepresentative ? new LegalRepresentative("Петрова Ольга Николаевна", LegalRepresentative.Relation.MOTHER,
						"+79161234569", "паспорт 45 12 345678") : null,
				null, null);
	}

	static PatientDetails withPhone(PatientDetails details, String phone) {
		var c = details.contacts();
		return details.withContacts(new PatientContacts(phone, c.otherPhones(), c.email(), c.address(), c.preferredChannel()));
	}

	static PatientDetails withAddress(PatientDetails details, String address) {
		var c = details.contacts();
		return details.withContacts(new PatientContacts(c.phone(), c.otherPhones(), c.email(), address, c.preferredChannel()));
	}

	static PatientDetails withTags(PatientDetails d, String... tags) {
		return new PatientDetails(d.lastName(), d.firstName(), d.middleName(), d.birthDate(), d.sex(), d.contacts(),
				d.referralSource(), List.of(tags), d.notes(), d.representative(), d.identityDocument(), d.insurance());
	}
}
