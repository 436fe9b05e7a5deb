package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic's staff: ten doctors with photos and certificates, the rest of the team, linked to the demo accounts. */
@ApplicationModuleTest
@ActiveProfiles("demo")
class DemoStaffTests {

	@Autowired StaffDirectory directory;
	@Autowired DemoStaff demoStaff;
	@Autowired Accounts accounts;
	@Autowired MongoTemplate mongo;

	@Test
	void theDemoClinicHasTenDoctorsOfDifferentSpecialisationsWithPhotos() {
		var everyone = directory.catalogue(new StaffCatalogueQuery("", null, StaffCatalogueQuery.Shown.ALL));
		var doctors = everyone.stream().filter(member -> member.position() == Position.DOCTOR).toList();

		assertThat(everyone).hasSize(17);
		assertThat(doctors).hasSize(10).allSatisfy(doctor -> assertThat(doctor.hasPhoto()).isTrue());
		assertThat(doctors.stream().flatMap(d -> d.details().specialisations().stream()).distinct())
				.containsExactlyInAnyOrder(Specialisation.values());
		var today = directory.today();
		assertThat(doctors.stream().flatMap(d -> d.certificates().stream()).map(c -> c.validityOn(today)))
				.contains(Certificate.Validity.EXPIRING, Certificate.Validity.EXPIRED);
		assertThat(everyone).extracting(StaffMember::position).contains(Position.ASSISTANT, Position.ADMINISTRATOR,
				Position.ACCOUNTANT, Position.OWNER);
	}

	@Test
	void theDemoAccountsAreLinkedToTheirPeople() {
		for (var username : DemoCredentials.USERNAMES) {
			var account = accounts.findForSignIn(username).orElseThrow();

			assertThat(directory.findByAccount(account.id())).map(StaffMember::fullName).contains(account.fullName());
		}
	}

	@Test
	void aRestartAddsNobody() {
		var before = mongo.count(new Query(), "staff_members");

		demoStaff.run(null);

		assertThat(mongo.count(new Query(), "staff_members")).isEqualTo(before);
	}
}
