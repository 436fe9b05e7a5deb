package com.clubstom.patients;

import static com.clubstom.patients.PatientFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/** The registry's live search as the front desk types, against a real MongoDB with the production indexes. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(FrontDesk.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a database of its own: the counts and orders below assume exactly these patients
@TestPropertySource(properties = "spring.mongodb.database=clubstom-patients-test-s-${random.uuid}")
class PatientSearchTests {

	@Autowired PatientRegistry registry;
	@Autowired PatientSearchIndex index;
	@Autowired PatientSearchQueries mongoQueries;

	PatientId petrov;
	PatientId semyonova;
	PatientId petrovaArchived;

	@BeforeAll
	void theRegistryHoldsAFewPatients() throws InterruptedException {
		assertThat(index.awaitCurrent(30, java.util.concurrent.TimeUnit.SECONDS)).as("the in-memory index is loaded").isTrue();
		petrov = registry.register(PatientFixtures.withTags(PatientFixtures.ivanPetrov(), "VIP"), null, false);
		semyonova = registry.register(PatientFixtures.alyonaSemyonova(), null, false);
		registry.register(adult("Иванова", "Мария", "Петровна", LocalDate.of(1970, 1, 15), Sex.FEMALE, "+74957654321"), null, false);
		registry.register(adult("Сидоров", "Пётр", "Иванович", LocalDate.of(1965, 9, 30), Sex.MALE, "+79267770011"), null, false);
		petrovaArchived = registry.register(adult("Петрова", "Анна", null, LocalDate.of(1999, 12, 1), Sex.FEMALE, "+79031112233"),
				null, false);
		registry.archive(petrovaArchived);
	}

	@ParameterizedTest(name = "\"{0}\" finds Петров Иван Сергеевич")
	@ValueSource(strings = { "петров", "ПЕТРОВ", "Петр", "иван петр", "петр иван", "серг", "етро", "петров иван сергеевич" })
	void anyPartOfTheNameInAnyCaseAndWordOrderFindsThePatient(String typed) {
		assertThat(names(typed)).contains("Петров Иван Сергеевич");
	}

	@Test
	void severalWordsMustAllMatch() {
		assertThat(names("иван петр")).containsExactly("Иванова Мария Петровна", "Петров Иван Сергеевич",
				"Сидоров Пётр Иванович");
		assertThat(names("иван мария")).containsExactly("Иванова Мария Петровна");
	}

	@ParameterizedTest(name = "\"{0}\" finds Семёнова Алёна")
	@ValueSource(strings = { "семенова", "Семёнова", "алена", "АЛЁНА", "семен ален" })
	void yoAndYeAreTheSameLetter(String typed) {
		assertThat(names(typed)).containsExactly("Семёнова Алёна Викторовна");
	}

	@ParameterizedTest(name = "\"{0}\" finds the patient with +7 916 123-45-67")
	@ValueSource(strings = { "916", "1234567", "45 67", "8 916 123-45-67", "+7 (916) 123", "79161234567", "89161234567" })
	void anyRunOfPhoneDigitsInAnyFormatFindsThePatient(String typed) {
		assertThat(registry.search(PatientSearch.forText(typed)).items()).extracting(PatientSummary::id).contains(petrov);
	}

	@Test
	void digitsThatAreNotInAnyPhoneFindNobody() {
		assertThat(names("000000")).isEmpty();
	}

	@Test
	void aDateOfBirthFindsThePatientsBornThatDay() {
		assertThat(names("12.03.1984")).containsExactly("Петров Иван Сергеевич");
		assertThat(names("1984-03-12")).containsExactly("Петров Иван Сергеевич");
		assertThat(names("02.07.1991 семен")).containsExactly("Семёнова Алёна Викторовна");
	}

	@Test
	void archivedPatientsAreHiddenUnlessAskedFor() {
		assertThat(names("петрова")).isEmpty();
		var archived = registry.search(new PatientSearch("петрова", PatientStatus.ARCHIVED, null, null, 0, 20));
		assertThat(archived.items()).extracting(PatientSummary::id).containsExactly(petrovaArchived);
		var all = registry.search(new PatientSearch("петров", null, null, null, 0, 20));
		assertThat(all.items()).extracting(PatientSummary::fullName).containsExactly("Иванова Мария Петровна",
				"Петров Иван Сергеевич", "Петрова Анна");
		assertThat(all.total()).isEqualTo(3);
	}

	@Test
	void aTagNarrowsTheList() {
		var vip = registry.search(new PatientSearch("", PatientStatus.ACTIVE, "VIP", null, 0, 20));
		assertThat(vip.items()).extracting(PatientSummary::id).containsExactly(petrov);
		assertThat(registry.tagsInUse()).contains("VIP");
	}

	@Test
	void theListIsOrderedByNameOrByRegistrationAndPaged() {
		var firstPage = registry.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.NAME, 0, 3));
		var secondPage = registry.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.NAME, 1, 3));

		assertThat(firstPage.items()).extracting(PatientSummary::fullName).containsExactly("Иванова Мария Петровна",
				"Петров Иван Сергеевич", "Семёнова Алёна Викторовна");
		assertThat(secondPage.items()).extracting(PatientSummary::fullName).containsExactly("Сидоров Пётр Иванович");
		assertThat(firstPage.total()).isEqualTo(4);
		assertThat(firstPage.hasNext()).isTrue();
		assertThat(secondPage.hasNext()).isFalse();
		var newestFirst = registry.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.REGISTERED, 0, 1));
		assertThat(newestFirst.items()).extracting(PatientSummary::fullName).containsExactly("Сидоров Пётр Иванович");
	}

	@Test
	void aResultLineCarriesWhatTheListShows() {
		var line = registry.search(PatientSearch.forText("семенова")).items().get(0);

		assertThat(line.id()).isEqualTo(semyonova);
		assertThat(line.birthDate()).isEqualTo(LocalDate.of(1991, 7, 2));
		assertThat(line.phoneDisplay()).isEqualTo("+7 903 555-01-01");
		assertThat(line.status()).isEqualTo(PatientStatus.ACTIVE);
	}

	@Test
	void manyPatientsAreLookedUpAtOnceByIdArchivedOnesIncludedUnknownOnesLeftOut() {
		var nobody = new PatientId(java.util.UUID.randomUUID());

		var found = registry.summariesOf(List.of(petrov, semyonova, petrovaArchived, nobody, petrov));

		assertThat(found).containsOnlyKeys(petrov, semyonova, petrovaArchived);
		assertThat(found.get(petrov).fullName()).isEqualTo("Петров Иван Сергеевич");
		assertThat(found.get(petrovaArchived).status()).isEqualTo(PatientStatus.ARCHIVED);
		assertThat(registry.summariesOf(List.of())).isEmpty();
	}

	/** The registry answers from memory; MongoDB answers the same while memory is loading. Both must agree exactly. */
	@ParameterizedTest(name = "memory and MongoDB agree on \"{0}\"")
	@ValueSource(strings = { "", "петров", "иван петр", "семен ален", "916", "8 916 123", "12.03.1984", "ова", "000",
			"02.07.1991 семен", "Сидоров Пётр Иванович" })
	void theInMemoryIndexAndMongoDbGiveTheSameAnswer(String typed) {
		for (var status : new PatientStatus[] { PatientStatus.ACTIVE, PatientStatus.ARCHIVED, null }) {
			for (var order : PatientSearch.Order.values()) {
				var search = new PatientSearch(typed, status, null, order, 0, 3);
				var fromMemory = index.search(search).orElseThrow();
				var fromMongo = mongoQueries.search(search);
				assertThat(fromMemory.items()).as("%s %s %s", typed, status, order).isEqualTo(fromMongo.items());
				assertThat(fromMemory.total()).isEqualTo(fromMongo.total());
			}
		}
	}

	@Test
	void changesMadeElsewhereReachTheIndexThroughTheChangeStream(@Autowired org.springframework.data.mongodb.core.MongoTemplate mongo)
			throws InterruptedException {
		// another application node (or the generator) writes straight to the collection
		var elsewhere = Patient.register(adult("Ветрова", "Ника", null, LocalDate.of(1993, 4, 4), Sex.FEMALE, "+79265550000"),
				PersonalDataConsent.notGiven(), PatientFixtures.ADMINISTRATOR_KUZNETSOVA, PatientFixtures.TODAY);
		mongo.insert(elsewhere);

		for (int attempt = 0; attempt < 100 && names("ветрова").isEmpty(); attempt++) {
			Thread.sleep(50);
		}
		assertThat(names("ветрова")).containsExactly("Ветрова Ника");
		mongo.remove(elsewhere);
		for (int attempt = 0; attempt < 100 && !names("ветрова").isEmpty(); attempt++) {
			Thread.sleep(50);
		}
		assertThat(names("ветрова")).isEmpty();
	}

	private List<String> names(String typed) {
		return registry.search(PatientSearch.forText(typed)).items().stream().map(PatientSummary::fullName).toList();
	}
}
