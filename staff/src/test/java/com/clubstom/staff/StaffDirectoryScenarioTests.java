package com.clubstom.staff;

import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static com.clubstom.staff.StaffMembersFixtures.MONDAY;
import static com.clubstom.staff.StaffMembersFixtures.aSurgeon;
import static com.clubstom.staff.StaffMembersFixtures.anAssistant;
import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.convention.TestBean;

/** Hiring, changing, dismissing and finding staff members through the context's API against a real MongoDB. */
@ApplicationModuleTest
class StaffDirectoryScenarioTests {

	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired StaffDirectory directory;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void hiringADoctorAnnouncesWhoTheyAreAndWhatTheyDo(Scenario scenario) {
		var surname = aUniqueSurname("Ким");

		scenario.stimulate(() -> directory.hire(aSurgeon(surname, "Виктор")))
				.andWaitForEventOfType(StaffMemberHired.class)
				.matching(hired -> hired.fullName().startsWith(surname))
				.toArriveAndVerify((hired, id) -> {
					assertThat(hired.staffMemberId()).isEqualTo(id);
					assertThat(hired.position()).isEqualTo(Position.DOCTOR);
					assertThat(hired.specialisations()).contains(Specialisation.SURGEON);
					assertThat(hired.hiredAt()).isEqualTo(MONDAY_MORNING);
					assertThat(directory.find(id).orElseThrow().status()).isEqualTo(StaffStatus.WORKING);
				});
	}

	@Test
	void aDismissedDoctorLeavesTheDefaultCatalogueButKeepsTheirRecord(Scenario scenario) {
		var surname = aUniqueSurname("Волков");
		var id = directory.hire(aSurgeon(surname, "Дмитрий"));

		scenario.stimulate(() -> directory.setStatus(id, StaffStatus.DISMISSED))
				.andWaitForEventOfType(StaffMemberDismissed.class)
				.matching(dismissed -> dismissed.staffMemberId().equals(id))
				.toArriveAndVerify(dismissed -> {
					assertThat(dismissed.dismissedOn()).isEqualTo(MONDAY);
					assertThat(dismissed.fullName()).startsWith(surname);
				});

		assertThat(directory.catalogue(new StaffCatalogueQuery(surname, null, StaffCatalogueQuery.Shown.CURRENT))).isEmpty();
		assertThat(directory.catalogue(new StaffCatalogueQuery(surname, null, StaffCatalogueQuery.Shown.DISMISSED)))
				.extracting(StaffMember::id).containsExactly(id);
		assertThat(directory.find(id)).isPresent();
	}

	@Test
	void theCatalogueFindsByNameIgnoringCaseAndYoAndFiltersBySpecialisation() {
		var surname = aUniqueSurname("Фёдорова");
		var doctor = directory.hire(aSurgeon(surname, "Екатерина"));
		var assistant = directory.hire(anAssistant(surname, "Юлия"));

		var byName = directory.catalogue(new StaffCatalogueQuery(surname.replace('ё', 'е').toUpperCase(), null, null));
		var surgeons = directory.catalogue(new StaffCatalogueQuery(surname, Specialisation.SURGEON, null));

		assertThat(byName).extracting(StaffMember::id).containsExactlyInAnyOrder(doctor, assistant);
		assertThat(surgeons).extracting(StaffMember::id).containsExactly(doctor);
		assertThat(directory.catalogue(new StaffCatalogueQuery("916 123 45", null, null))).extracting(StaffMember::id)
				.contains(doctor).doesNotContain(assistant);
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefusedAndOverwritesNothing() {
		var id = directory.hire(aSurgeon(aUniqueSurname("Орлов"), "Андрей"));
		var seen = directory.find(id).orElseThrow();
		directory.change(id, seen.version(), StaffMembersFixtures.withSpecialisations(seen.details(), Position.DOCTOR,
				Set.of(Specialisation.THERAPIST)));

		assertThatExceptionOfType(StaffMemberChangedMeanwhileException.class).isThrownBy(() -> directory.change(id,
				seen.version(), StaffMembersFixtures.withSpecialisations(seen.details(), Position.DOCTOR,
						Set.of(Specialisation.ORTHODONTIST))));
		assertThat(directory.find(id).orElseThrow().details().specialisations()).containsExactly(Specialisation.THERAPIST);
	}

	@Test
	void aLinkedAccountFindsItsStaffMember() {
		var id = directory.hire(anAssistant(aUniqueSurname("Белова"), "Ольга"));
		var account = new StaffAccountId(UUID.randomUUID());

		directory.linkAccount(id, account);

		assertThat(directory.findByAccount(account)).map(StaffMember::id).contains(id);
		assertThat(directory.find(id).orElseThrow().accountId()).contains(account);
	}

	@Test
	void aPhotoIsStoredWithItsThumbnailApartFromTheMember() throws Exception {
		var id = directory.hire(anAssistant(aUniqueSurname("Тарасова"), "Юлия"));

		directory.changePhoto(id, PortraitTests.image("png", 400, 300));

		assertThat(directory.find(id).orElseThrow().hasPhoto()).isTrue();
		assertThat(directory.photo(id).orElseThrow().contentType()).isEqualTo("image/png");
		assertThat(directory.thumbnail(id).orElseThrow().contentType()).isEqualTo("image/jpeg");
		assertThatExceptionOfType(PhotoRejectedException.class)
				.isThrownBy(() -> directory.changePhoto(id, "%PDF-1.4".getBytes()));
	}

	@Test
	void certificatesAreKeptOnTheMembersFile() {
		var id = directory.hire(aSurgeon(aUniqueSurname("Григорьев"), "Павел"));

		directory.addCertificate(id, new Certificate("Аккредитация", "Минздрав России", "7724", MONDAY.plusDays(30)));

		var member = directory.find(id).orElseThrow();
		assertThat(member.certificates()).singleElement()
				.satisfies(c -> assertThat(c.validityOn(directory.today())).isEqualTo(Certificate.Validity.EXPIRING));
		directory.removeCertificate(id, member.version(), 0);
		assertThat(directory.find(id).orElseThrow().certificates()).isEmpty();
	}

	/** Tests share a database: each hires people nobody else has the surname of. */
	private static String aUniqueSurname(String base) {
		var letters = "абвгдежзиклмнопрстуфхцчшэюя";
		var suffix = new StringBuilder();
		var random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 6; i++) {
			suffix.append(letters.charAt(random.nextInt(letters.length())));
		}
		return base + "-" + suffix;
	}
}
