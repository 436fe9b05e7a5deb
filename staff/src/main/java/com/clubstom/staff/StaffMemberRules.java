package com.clubstom.staff;

import com.clubstom.kernel.PhoneNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a staff member's details acceptable: a surname and a first name, a position, at least one specialisation
 * for a doctor and none for anybody else, a readable phone and e-mail when given, a calendar colour, a hire date at most a year ahead (people are
 * entered before their first day).
 */
public final class StaffMemberRules {

	static final int LONGEST_NAME = 60;
	static final int LONGEST_TEXT = 4000;

	private StaffMemberRules() {
	}

	public static List<RuleViolation> check(StaffMemberDetails details, LocalDate today) {
		var broken = new ArrayList<RuleViolation>();
		name("lastName", details.lastName(), true, broken);
		name("firstName", details.firstName(), true, broken);
		name("middleName", details.middleName(), false, broken);
		if (details.position() == null) {
			broken.add(new RuleViolation("position", "staff-member.required"));
		}
		else if (details.position().isDoctor() && details.specialisations().isEmpty()) {
			broken.add(new RuleViolation("specialisations", "staff-member.specialisations.required"));
		}
		else if (!details.position().isDoctor() && !details.specialisations().isEmpty()) {
			broken.add(new RuleViolation("specialisations", "staff-member.specialisations.doctors-only"));
		}
		if (details.phone() != null && PhoneNumber.tryParse(details.phone()).isEmpty()) {
			broken.add(new RuleViolation("phone", "staff-member.phone.invalid"));
		}
		if (details.email() != null && !details.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			broken.add(new RuleViolation("email", "staff-member.email.invalid"));
		}
		if (details.calendarColour() == null) {
			broken.add(new RuleViolation("calendarColour", "staff-member.required"));
		}
		if (details.hireDate() != null && details.hireDate().isAfter(today.plusYears(1))) {
			broken.add(new RuleViolation("hireDate", "staff-member.hireDate.too-late"));
		}
		if (details.biography() != null && details.biography().length() > LONGEST_TEXT) {
			broken.add(new RuleViolation("biography", "staff-member.text.too-long"));
		}
		if (details.education() != null && details.education().length() > LONGEST_TEXT) {
			broken.add(new RuleViolation("education", "staff-member.text.too-long"));
		}
		return List.copyOf(broken);
	}

	private static void name(String field, String value, boolean required, List<RuleViolation> broken) {
		if (value == null) {
			if (required) {
				broken.add(new RuleViolation(field, "staff-member.required"));
			}
		}
		else if (value.length() > LONGEST_NAME || !value.matches("[\\p{L}][\\p{L}\\s'’.-]*")) {
			broken.add(new RuleViolation(field, "staff-member.name.invalid"));
		}
	}
}
