package com.clubstom.staff;

import com.clubstom.kernel.PhoneNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a staff member is as the owner types it: name, position, specialisations, contacts, calendar colour, biography,
 * education and hire date. Text is trimmed, blanks become {@code null}; whether the whole makes sense is decided by
 * {@link StaffMemberRules}.
 *
 * @param phone in international form ({@link PhoneNumber}), or {@code null}
 */
public record StaffMemberDetails(String lastName, String firstName, String middleName, Position position,
		Set<Specialisation> specialisations, String phone, String email, CalendarColour calendarColour,
		String biography, String education, LocalDate hireDate) {

	public StaffMemberDetails {
		lastName = clean(lastName);
		firstName = clean(firstName);
		middleName = clean(middleName);
		specialisations = specialisations == null || specialisations.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(specialisations));
		phone = clean(phone);
		email = clean(email);
		biography = clean(biography);
		education = clean(education);
	}

	/** "Surname First-name Patronymic", as the clinic writes names. */
	public String fullName() {
		return String.join(" ", java.util.stream.Stream.of(lastName, firstName, middleName).filter(Objects::nonNull).toList());
	}

	/** Two letters for the avatar: the first of the surname and of the first name. */
	public String initials() {
		return (first(lastName) + first(firstName)).toUpperCase(java.util.Locale.ROOT);
	}

	/** Specialisations in their declared order (a {@code Set.copyOf} has none). */
	public List<Specialisation> specialisationsInOrder() {
		return specialisations.stream().sorted().toList();
	}

	/** The names of the fields that differ from {@code other}. */
	List<String> differencesFrom(StaffMemberDetails other) {
		var changed = new ArrayList<String>();
		compare("lastName", lastName, other.lastName, changed);
		compare("firstName", firstName, other.firstName, changed);
		compare("middleName", middleName, other.middleName, changed);
		compare("position", position, other.position, changed);
		compare("specialisations", specialisations, other.specialisations, changed);
		compare("phone", phone, other.phone, changed);
		compare("email", email, other.email, changed);
		compare("calendarColour", calendarColour, other.calendarColour, changed);
		compare("biography", biography, other.biography, changed);
		compare("education", education, other.education, changed);
		compare("hireDate", hireDate, other.hireDate, changed);
		return changed;
	}

	Set<String> specialisationNames() {
		return specialisations.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}

	private static void compare(String field, Object mine, Object theirs, List<String> changed) {
		if (!Objects.equals(mine, theirs)) {
			changed.add(field);
		}
	}

	private static String first(String text) {
		return text == null || text.isEmpty() ? "" : text.substring(0, 1);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
