package com.clubstom.patients;

import static com.clubstom.patients.PatientFixtures.TODAY;
import static com.clubstom.patients.PatientFixtures.adult;
import static com.clubstom.patients.PatientFixtures.child;
import static com.clubstom.patients.PatientFixtures.ivanPetrov;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PatientRulesTests {

	@Test
	void aCompleteAdultPassesEveryRule() {
		assertThat(PatientRules.check(ivanPetrov(), TODAY)).isEmpty();
	}

	@Test
	void namesDateOfBirthSexAndPhoneAreRequired() {
		var empty = new PatientDetails(" ", null, null, null, null, null, null, null, null, null, null, null);

		assertThat(PatientRules.check(empty, TODAY)).extracting(Violation::field)
				.containsExactly("lastName", "firstName", "birthDate", "sex", "phone");
	}

	@Test
	void namesAreLettersWithHyphensAndApostrophes() {
		assertThat(PatientRules.check(adult("Мамин-Сибиряк", "Д'Артаньян", null, LocalDate.of(1980, 1, 1), Sex.MALE,
				"+79160000000"), TODAY)).isEmpty();
		assertThat(PatientRules.check(adult("Петров2", "Иван", null, LocalDate.of(1980, 1, 1), Sex.MALE, "+79160000000"),
				TODAY)).containsExactly(new Violation("lastName", "patient.name.invalid"));
	}

	@Test
	void theDateOfBirthIsNotInTheFutureNorMoreThan120YearsAgo() {
		assertThat(PatientRules.check(adult("Петров", "Иван", null, TODAY.plusDays(1), Sex.MALE, "+79160000000"), TODAY))
				.containsExactly(new Violation("birthDate", "patient.birthDate.future"));
		assertThat(PatientRules.check(adult("Петров", "Иван", null, TODAY.minusYears(121), Sex.MALE, "+79160000000"), TODAY))
				.containsExactly(new Violation("birthDate", "patient.birthDate.too-old"));
	}

	@Test
	void ageIsInFullYearsOnTheDay() {
		assertThat(PatientRules.ageOn(LocalDate.of(2011, 11, 25), TODAY)).isEqualTo(14);
		assertThat(PatientRules.ageOn(LocalDate.of(2011, 11, 24), TODAY)).isEqualTo(15);
	}

	@Test
	void aPatientUnderFifteenNeedsALegalRepresentative() {
		assertThat(PatientRules.check(child(false), TODAY))
				.containsExactly(new Violation("representative.fullName", "patient.representative.required"));
		assertThat(PatientRules.check(child(true), TODAY)).isEmpty();
	}

	@Test
	void fromTheFifteenthBirthdayNoRepresentativeIsRequired() {
		var fifteenToday = adult("Петров", "Илья", null, TODAY.minusYears(15), Sex.MALE, "+79160000001");
		var fifteenTomorrow = adult("Петров", "Илья", null, TODAY.minusYears(15).plusDays(1), Sex.MALE, "+79160000001");

		assertThat(PatientRules.check(fifteenToday, TODAY)).isEmpty();
		assertThat(PatientRules.check(fifteenTomorrow, TODAY)).extracting(Violation::code)
				.containsExactly("patient.representative.required");
	}

	@Test
	void aRepresentativeGivenIsCompleteEvenForAnAdult() {
		var d = ivanPetrov();
		var half = new PatientDetails(d.lastName(), d.firstName(), d.middleName(), d.birthDate(), d.sex(), d.contacts(),
				null, List.of(), null, new LegalRepresentative("Петрова Анна", null, null, null), null, null);

		assertThat(PatientRules.check(half, TODAY)).extracting(Violation::field)
				.containsExactly("representative.relation", "representative.phone");
	}

	@Test
	void anEmailMustLookLikeOne() {
		var d = ivanPetrov();
		var c = d.contacts();
		var wrong = d.withContacts(new PatientContacts(c.phone(), List.of(), "ivan@mail", null, null));

		assertThat(PatientRules.check(wrong, TODAY)).containsExactly(new Violation("email", "patient.email.invalid"));
	}

	@Test
	void documentsAndInsuranceAreCheckedWhenGiven() {
		var d = ivanPetrov();
		var withPapers = new PatientDetails(d.lastName(), d.firstName(), d.middleName(), d.birthDate(), d.sex(), d.contacts(),
				null, List.of(), null, null, new IdentityDocument(IdentityDocument.Type.PASSPORT_RF, "45 12", " ", null, TODAY.plusDays(3)),
				new InsurancePolicy("СОГАЗ", null, TODAY, TODAY.minusDays(1)));

		assertThat(PatientRules.check(withPapers, TODAY)).extracting(Violation::field).containsExactly(
				"identityDocument.number", "identityDocument.issuedOn", "insurance.policyNumber", "insurance.validUntil");
	}

	@Test
	void tagsAreTrimmedAndDeduplicated() {
		var tagged = PatientFixtures.withTags(ivanPetrov(), " VIP ", "VIP", "ортодонтия", "");

		assertThat(tagged.tags()).containsExactly("VIP", "ортодонтия");
	}
}
