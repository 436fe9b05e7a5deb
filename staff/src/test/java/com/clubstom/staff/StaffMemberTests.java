package com.clubstom.staff;

import static com.clubstom.staff.StaffMembersFixtures.BY_THE_OWNER;
import static com.clubstom.staff.StaffMembersFixtures.MONDAY;
import static com.clubstom.staff.StaffMembersFixtures.aSurgeon;
import static com.clubstom.staff.StaffMembersFixtures.anAssistant;
import static com.clubstom.staff.StaffMembersFixtures.withSpecialisations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules a staff member keeps, as the aggregate enforces them. */
class StaffMemberTests {

	@Test
	void aHiredDoctorIsWorkingAndAnnouncedWithSpecialisationsAndColour() {
		var member = StaffMember.hire(aSurgeon("Ким", "Виктор"), BY_THE_OWNER, MONDAY);

		assertThat(member.status()).isEqualTo(StaffStatus.WORKING);
		assertThat(member.fullName()).isEqualTo("Ким Виктор Андреевич");
		assertThat(member.initials()).isEqualTo("КВ");
		assertThat(events(member)).singleElement().isInstanceOfSatisfying(StaffMemberHired.class, hired -> {
			assertThat(hired.staffMemberId()).isEqualTo(member.id());
			assertThat(hired.position()).isEqualTo(Position.DOCTOR);
			assertThat(hired.specialisations()).containsExactlyInAnyOrder(Specialisation.SURGEON, Specialisation.IMPLANTOLOGIST);
			assertThat(hired.calendarColour()).isEqualTo("#0D7680");
			assertThat(hired.hiredBy()).isEqualTo("owner");
		});
	}

	@Test
	void aDoctorNeedsAtLeastOneSpecialisation() {
		var noSpecialisation = withSpecialisations(aSurgeon("Ким", "Виктор"), Position.DOCTOR, Set.of());

		assertThatExceptionOfType(InvalidStaffMemberException.class)
				.isThrownBy(() -> StaffMember.hire(noSpecialisation, BY_THE_OWNER, MONDAY))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new RuleViolation("specialisations", "staff-member.specialisations.required")));
	}

	@Test
	void onlyDoctorsHaveSpecialisations() {
		var assistantWithSpecialisation = withSpecialisations(anAssistant("Белова", "Ольга"), Position.ASSISTANT,
				Set.of(Specialisation.HYGIENIST));

		assertThat(StaffMemberRules.check(assistantWithSpecialisation, MONDAY))
				.containsExactly(new RuleViolation("specialisations", "staff-member.specialisations.doctors-only"));
		var member = StaffMember.hire(aSurgeon("Ким", "Виктор"), BY_THE_OWNER, MONDAY);
		assertThatExceptionOfType(InvalidStaffMemberException.class).isThrownBy(() -> member.changeDetails(
				withSpecialisations(member.details(), Position.ADMINISTRATOR, member.details().specialisations()),
				BY_THE_OWNER, MONDAY));
		assertThat(member.position()).isEqualTo(Position.DOCTOR);
	}

	@Test
	void namesPositionPhoneAndEmailAreChecked() {
		var typed = new StaffMemberDetails(" ", "Анна7", null, null, Set.of(), "12345", "anna@", null, null, null,
				MONDAY.plusYears(2));

		assertThat(StaffMemberRules.check(typed, MONDAY)).extracting(RuleViolation::field).containsExactly("lastName",
				"firstName", "position", "phone", "email", "calendarColour", "hireDate");
	}

	@Test
	void changingDetailsNamesTheChangedFieldsAndChangingNothingRecordsNothing() {
		var member = StaffMember.hire(aSurgeon("Ким", "Виктор"), BY_THE_OWNER, MONDAY);
		forgetEvents(member);

		assertThat(member.changeDetails(member.details(), BY_THE_OWNER, MONDAY)).isEmpty();
		assertThat(events(member)).isEmpty();

		var changed = member.changeDetails(withSpecialisations(member.details(), Position.DOCTOR,
				Set.of(Specialisation.SURGEON)), BY_THE_OWNER, MONDAY);
		assertThat(changed).containsExactly("specialisations");
		assertThat(events(member)).singleElement().isInstanceOfSatisfying(StaffMemberDetailsChanged.class,
				event -> assertThat(event.changedFields()).containsExactly("specialisations"));
	}

	@Test
	void dismissalKeepsThePersonAndAnnouncesTheDate() {
		var member = StaffMember.hire(aSurgeon("Ким", "Виктор"), BY_THE_OWNER, MONDAY);
		forgetEvents(member);

		assertThat(member.changeStatus(StaffStatus.DISMISSED, BY_THE_OWNER, MONDAY)).isTrue();

		assertThat(member.status()).isEqualTo(StaffStatus.DISMISSED);
		assertThat(member.dismissedOn()).isEqualTo(MONDAY);
		assertThat(events(member)).hasSize(2).last().isEqualTo(new StaffMemberDismissed(member.id(),
				"Ким Виктор Андреевич", MONDAY));
		assertThat(member.changeStatus(StaffStatus.DISMISSED, BY_THE_OWNER, MONDAY)).isFalse();
		member.changeStatus(StaffStatus.WORKING, BY_THE_OWNER, MONDAY);
		assertThat(member.dismissedOn()).isNull();
	}

	@Test
	void certificatesAreAddedAndRemovedByTheirPlaceInTheList() {
		var member = StaffMember.hire(aSurgeon("Ким", "Виктор"), BY_THE_OWNER, MONDAY);
		member.addCertificate(new Certificate("Аккредитация", "Минздрав", "1", MONDAY.plusYears(1)), BY_THE_OWNER);
		member.addCertificate(new Certificate("Имплантация", "ITI", null, null), BY_THE_OWNER);

		member.removeCertificate(0, BY_THE_OWNER);

		assertThat(member.certificates()).extracting(Certificate::title).containsExactly("Имплантация");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> member.removeCertificate(5, BY_THE_OWNER));
	}

	@Test
	void aCertificateIsFlaggedSixtyDaysBeforeItExpiresAndOnceItHas() {
		var monday = MONDAY;

		assertThat(new Certificate("A", null, null, monday.plusDays(61)).validityOn(monday)).isEqualTo(Certificate.Validity.VALID);
		assertThat(new Certificate("A", null, null, monday.plusDays(60)).validityOn(monday)).isEqualTo(Certificate.Validity.EXPIRING);
		assertThat(new Certificate("A", null, null, monday).validityOn(monday)).isEqualTo(Certificate.Validity.EXPIRING);
		assertThat(new Certificate("A", null, null, monday.minusDays(1)).validityOn(monday)).isEqualTo(Certificate.Validity.EXPIRED);
		assertThat(new Certificate("A", null, null, null).validityOn(monday)).isEqualTo(Certificate.Validity.VALID);
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Certificate(" ", "x", "y", null));
	}

	@Test
	void calendarColoursAreHexTripletsStoredInUpperCase() {
		assertThat(new CalendarColour("#0d7680").hex()).isEqualTo("#0D7680");
		assertThat(CalendarColour.tryParse(" 9c36b5 ")).contains(new CalendarColour("#9C36B5"));
		assertThat(CalendarColour.tryParse("#12345")).isEmpty();
		assertThat(CalendarColour.tryParse("red")).isEmpty();
		assertThat(CalendarColour.tryParse("#GGGGGG")).isEmpty();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new CalendarColour("#0D768"));
		assertThat(CalendarColour.fromPalette(CalendarColour.PALETTE.size())).isEqualTo(CalendarColour.PALETTE.get(0));
	}

	/** What the aggregate registered for publication (published by the repository on save). */
	private static java.util.List<Object> events(StaffMember member) {
		java.util.Collection<Object> registered = org.springframework.test.util.ReflectionTestUtils.invokeMethod(member,
				"domainEvents");
		return java.util.List.copyOf(registered);
	}

	private static void forgetEvents(StaffMember member) {
		org.springframework.test.util.ReflectionTestUtils.invokeMethod(member, "clearDomainEvents");
	}
}
