package com.clubstom.patients;

import com.clubstom.kernel.PhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The demo and benchmark patients are valid, varied, Russian and never share a phone number. */
class SamplePatientsTests {

	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 30, 0, 0, ZoneId.of("Europe/Moscow"));
	final SamplePatients samples = new SamplePatients(DemoPatients.SEED, NOW);

	@Test
	void everySamplePassesThePatientRules() {
		for (long index = 0; index < 5_000; index++) {
			var details = samples.details(index);
			assertThat(PatientRules.check(details, NOW.toLocalDate())).as("%s: %s", index, details).isEmpty();
		}
	}

	@Test
	void everySampleRegistersThroughTheDomainInTheLastThreeYears() {
		var consented = 0;
		var archived = 0;
		for (long index = 0; index < 2_000; index++) {
			var patient = samples.patient(index, "admin", "Кузнецова Марина Игоревна");
			var registered = patient.registered().at();
			assertThat(registered).isBeforeOrEqualTo(NOW.toInstant())
					.isAfterOrEqualTo(NOW.minusYears(3).truncatedTo(ChronoUnit.DAYS).toInstant())
					.isAfter(patient.details().birthDate().atStartOfDay(NOW.getZone()).toInstant());
			assertThat(patient.registered().username()).isEqualTo("admin");
			if (patient.consent().given()) {
				consented++;
				assertThat(patient.consent().date()).isBeforeOrEqualTo(NOW.toLocalDate());
			}
			if (patient.isArchived()) {
				archived++;
				assertThat(patient.archived().at()).isAfterOrEqualTo(registered).isBeforeOrEqualTo(NOW.toInstant());
			}
		}
		assertThat(consented).isBetween(1_760, 1_920);
		assertThat(archived).isBetween(10, 80);
	}

	@Test
	void theSameSeedDayAndIndexAlwaysGiveTheSamePatient() {
		var again = new SamplePatients(DemoPatients.SEED, NOW);
		for (long index : new long[] { 0, 1, 299, 12_345, 99_999 }) {
			assertThat(again.sample(index)).isEqualTo(samples.sample(index));
		}
		assertThat(samples.details(1)).isNotEqualTo(samples.details(2));
	}

	@Test
	void mobileNumbersAreRussianAndUniqueOverAHundredThousandPatients() {
		var seen = new HashSet<String>();
		var homes = new HashSet<String>();
		for (long index = 0; index < 100_000; index++) {
			var phone = SamplePatients.mobilePhone(index);
			assertThat(phone).matches("\\+79\\d{9}");
			assertThat(PhoneNumber.parse(phone).value()).isEqualTo(phone);
			assertThat(seen.add(phone)).as("phone of %s repeats: %s", index, phone).isTrue();
			assertThat(homes.add(SamplePatients.homePhone(index))).isTrue();
		}
		assertThat(seen).doesNotContainAnyElementsOf(DemoPatients.WELL_KNOWN_PHONES);
		assertThat(homes).allMatch(phone -> phone.matches("\\+7(495|499)\\d{7}"));
	}

	@Test
	void theWellKnownDemoNumbersBelongToNoSampleBelowTenMillion() {
		for (var phone : DemoPatients.WELL_KNOWN_PHONES) {
			assertThat(indexOfMobile(phone)).as(phone).isGreaterThanOrEqualTo(10_000_000L);
		}
	}

	@Test
	void primaryPhonesAreTheSampleIndexesOwn() {
		for (long index = 0; index < 1_000; index++) {
			assertThat(samples.details(index).contacts().phone()).isEqualTo(SamplePatients.mobilePhone(index));
		}
	}

	@Test
	void namesWithYoAreAmongTheSamples() {
		var names = LongStream.range(0, 5_000).mapToObj(samples::details).toList();
		assertThat(names).anyMatch(d -> d.lastName().equals("Семёнова")).anyMatch(d -> d.lastName().equals("Королёв"))
				.anyMatch(d -> d.firstName().equals("Пётр")).anyMatch(d -> d.firstName().equals("Алёна"))
				.anyMatch(d -> d.firstName().equals("Фёдор"))
				.anyMatch(d -> "Семёнович".equals(d.middleName()) || "Семёновна".equals(d.middleName()));
		assertThat(names.stream().filter(d -> d.fullName().contains("ё")).count()).isGreaterThan(250);
	}

	@Test
	void surnamesAgreeWithSex() {
		assertThat(new SamplePatients.Surname("Иванов", false).female()).isEqualTo("Иванова");
		assertThat(new SamplePatients.Surname("Соколов", false).female()).isEqualTo("Соколова");
		assertThat(new SamplePatients.Surname("Королёв", false).female()).isEqualTo("Королёва");
		assertThat(new SamplePatients.Surname("Ильин", false).female()).isEqualTo("Ильина");
		assertThat(new SamplePatients.Surname("Троицкий", false).female()).isEqualTo("Троицкая");
		assertThat(new SamplePatients.Surname("Толстой", false).female()).isEqualTo("Толстая");
		assertThat(new SamplePatients.Surname("Ковальчук", true).female()).isEqualTo("Ковальчук");
		assertThat(new SamplePatients.Surname("Цой", true).female()).isEqualTo("Цой");
		assertThat(SamplePatients.SURNAMES).hasSizeGreaterThanOrEqualTo(150);
		assertThat(SamplePatients.MALE_NAMES).hasSizeGreaterThanOrEqualTo(60);
		assertThat(SamplePatients.FEMALE_NAMES).hasSizeGreaterThanOrEqualTo(60);

		var declined = SamplePatients.SURNAMES.stream().filter(s -> !s.invariable()).map(SamplePatients.Surname::male)
				.toList();
		for (long index = 0; index < 5_000; index++) {
			var d = samples.details(index);
			if (d.middleName() != null) {
				assertThat(d.middleName()).as(d.fullName()).endsWith(d.sex() == Sex.MALE ? "ич" : "на");
			}
			if (d.sex() == Sex.FEMALE) {
				assertThat(declined).as(d.fullName()).doesNotContain(d.lastName());
			}
		}
	}

	@Test
	void patronymicsFollowTheFathersName() {
		var ilya = SamplePatients.MALE_NAMES.stream().filter(name -> name.name().equals("Илья")).findFirst().orElseThrow();
		assertThat(ilya.sonsPatronymic()).isEqualTo("Ильич");
		assertThat(ilya.daughtersPatronymic()).isEqualTo("Ильинична");
		var sergey = SamplePatients.MALE_NAMES.stream().filter(name -> name.name().equals("Сергей")).findFirst()
				.orElseThrow();
		assertThat(List.of(sergey.sonsPatronymic(), sergey.daughtersPatronymic())).containsExactly("Сергеевич",
				"Сергеевна");
	}

	@Test
	void minorsHaveAParentOfTheSameFamilyAsRepresentative() {
		var today = NOW.toLocalDate();
		var children = 0;
		for (long index = 0; index < 5_000; index++) {
			var d = samples.details(index);
			var age = PatientRules.ageOn(d.birthDate(), today);
			assertThat(age).isBetween(2, 90);
			if (age < 18) {
				var representative = d.representative();
				assertThat(representative).as(d.fullName()).isNotNull();
				assertThat(representative.phone()).startsWith("+79");
				assertThat(representative.document()).matches("паспорт 45 \\d{2} \\d{6}");
				var familyName = representative.fullName().split(" ")[0];
				assertThat(SearchText.fold(familyName).substring(0, 3)).isEqualTo(SearchText.fold(d.lastName()).substring(0, 3));
				if (representative.relation() == LegalRepresentative.Relation.FATHER && d.middleName() != null) {
					var fathersName = representative.fullName().split(" ")[1];
					assertThat(SamplePatients.MALE_NAMES).anyMatch(name -> name.name().equals(fathersName)
							&& (d.middleName().equals(name.sonsPatronymic()) || d.middleName().equals(name.daughtersPatronymic())));
				}
				if (age < PatientRules.ADULT_CONSENT_AGE) {
					children++;
					assertThat(representative.phone()).isEqualTo(d.contacts().phone());
					// a Russian passport is issued at 14
					if (d.identityDocument() != null && age < 14) {
						assertThat(d.identityDocument().type()).isEqualTo(IdentityDocument.Type.BIRTH_CERTIFICATE);
					}
				}
			}
		}
		assertThat(children).isBetween(500, 900);
	}

	@Test
	void theMixOfContactsDocumentsAndTagsIsRealistic() {
		var all = LongStream.range(0, 5_000).mapToObj(samples::details).toList();
		var adults = all.stream().filter(d -> PatientRules.ageOn(d.birthDate(), NOW.toLocalDate()) >= 18).toList();
		assertThat(share(all, d -> d.contacts().email() != null)).isBetween(0.30, 0.45);
		assertThat(share(all, d -> !d.contacts().otherPhones().isEmpty())).isBetween(0.08, 0.20);
		assertThat(share(all, d -> !d.tags().isEmpty())).isBetween(0.25, 0.40);
		assertThat(share(all, d -> d.notes() != null)).isBetween(0.07, 0.13);
		assertThat(share(all, d -> d.insurance() != null)).isBetween(0.12, 0.18);
		assertThat(share(adults, d -> d.identityDocument() != null
				&& d.identityDocument().type() == IdentityDocument.Type.PASSPORT_RF)).isBetween(0.55, 0.65);
		assertThat(all).allMatch(d -> d.contacts().address() == null || d.contacts().address().startsWith("г. Москва")
				|| d.contacts().address().startsWith("Московская обл."));
		assertThat(all).filteredOn(d -> d.insurance() != null).extracting(d -> d.insurance().insurer()).containsOnly(
				"СОГАЗ", "Ингосстрах", "РЕСО-Гарантия", "АльфаСтрахование", "Ренессанс страхование");
	}

	@Test
	void theDemoRegistryHasTheWellKnownPatientsNewestLast() {
		var registry = DemoPatients.demoRegistry(NOW);
		assertThat(registry).hasSize(DemoPatients.HOW_MANY);
		assertThat(registry).extracting(Patient::fullName).contains(DemoPatients.PETROV, DemoPatients.SEMYONOVA,
				DemoPatients.PETROVA_CHILD).doesNotHaveDuplicates();
		assertThat(registry).extracting(patient -> patient.details().contacts().phone()).doesNotHaveDuplicates();
		var petrov = registry.stream().filter(p -> p.fullName().equals(DemoPatients.PETROV)).findFirst().orElseThrow();
		assertThat(petrov.details().contacts().phone()).isEqualTo("+79161234567");
		var child = registry.stream().filter(p -> p.fullName().equals(DemoPatients.PETROVA_CHILD)).findFirst()
				.orElseThrow();
		assertThat(child.details().representative().fullName()).isEqualTo(DemoPatients.PETROVA_MOTHER);
		assertThat(child.consent().byRepresentative()).isTrue();
		assertThat(registry).filteredOn(Patient::isArchived).hasSizeBetween(2, 15);
		assertThat(share(registry, p -> p.consent().given())).isBetween(0.85, 0.97);
		assertThat(registry).isSortedAccordingTo((a, b) -> a.registered().at().compareTo(b.registered().at()));
		assertThat(registry.get(0).registered().at()).isBefore(NOW.minusYears(2).toInstant());
	}

	private static <T> double share(List<T> all, java.util.function.Predicate<T> test) {
		return (double) all.stream().filter(test).count() / all.size();
	}

	/** The sample index whose primary number {@code phone} is (inverse of the generator's bijection). */
	private static long indexOfMobile(String phone) {
		var codes = List.of("903", "905", "906", "909", "910", "915", "916", "917", "919", "925", "926", "929", "936", "958",
				"962", "963", "964", "965", "966", "967", "968", "977", "985", "995", "999");
		var number = codes.indexOf(phone.substring(2, 5)) * 10_000_000L + Long.parseLong(phone.substring(5));
		var modulus = BigInteger.valueOf(SamplePatients.MOBILE_NUMBERS);
		var inverse = BigInteger.valueOf(SamplePatients.MOBILE_MULTIPLIER).modInverse(modulus);
		var index = BigInteger.valueOf(number - SamplePatients.MOBILE_OFFSET).multiply(inverse).mod(modulus).longValue();
		assertThat(SamplePatients.mobilePhone(index)).isEqualTo(phone);
		return index;
	}
}
