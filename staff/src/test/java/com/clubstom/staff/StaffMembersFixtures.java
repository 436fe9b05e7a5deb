package com.clubstom.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Sentences for the staff-members tests: the people the clinic hires. */
final class StaffMembersFixtures {

	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
	static final ChangeMark BY_THE_OWNER = new ChangeMark(Instant.parse("2025-03-03T06:00:00Z"), "owner");

	private StaffMembersFixtures() {
	}

	static StaffMemberDetails aSurgeon(String lastName, String firstName) {
		return new StaffMemberDetails(lastName, firstName, "Андреевич", Position.DOCTOR,
				Set.of(Specialisation.SURGEON, Specialisation.IMPLANTOLOGIST), "+79161234567", "surgeon@clinic.ru",
				new CalendarColour("#0D7680"), "Удаляет зубы любой сложности.", "МГМСУ им. Евдокимова, 2008",
				LocalDate.of(2016, 9, 1));
	}

	static StaffMemberDetails anAssistant(String lastName, String firstName) {
		return new StaffMemberDetails(lastName, firstName, null, Position.ASSISTANT, Set.of(), null, null,
				new CalendarColour("#9C36B5"), null, null, null);
	}

	static StaffMemberDetails withSpecialisations(StaffMemberDetails details, Position position,
			Set<Specialisation> specialisations) {
		return new StaffMemberDetails(details.lastName(), details.firstName(), details.middleName(), position,
				specialisations, details.phone(), details.email(), details.calendarColour(), details.biography(),
				details.education(), details.hireDate());
	}
}
