package com.clubstom.staff.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.kernel.PhoneNumber;

/**
 * A staff member as typed into the hire and edit dialog. Phone and colour arrive in any common format and are read
 * here; everything else is checked by {@link com.clubstom.staff.StaffMemberRules}.
 */
public class StaffMemberInput {

	private String lastName;
	private String firstName;
	private String middleName;
	private Position position;
	private List<Specialisation> specialisations = new ArrayList<>();
	private String phone;
	private String email;
	private String calendarColour;
	private String biography;
	private String education;
	@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
	private LocalDate hireDate;
	private Long version;

	static StaffMemberInput of(StaffMember member) {
		var details = member.details();
		var input = new StaffMemberInput();
		input.lastName = details.lastName();
		input.firstName = details.firstName();
		input.middleName = details.middleName();
		input.position = details.position();
		input.specialisations = new ArrayList<>(details.specialisationsInOrder());
		input.phone = details.phone() == null ? null : PhoneNumber.display(details.phone());
		input.email = details.email();
		input.calendarColour = details.calendarColour().hex();
		input.biography = details.biography();
		input.education = details.education();
		input.hireDate = details.hireDate();
		input.version = member.version();
		return input;
	}

	/** The details typed, with an unreadable phone or colour reported into {@code errors} against its field. */
	StaffMemberDetails toDetails(Errors errors) {
		String storedPhone = null;
		if (phone != null && !phone.isBlank()) {
			var number = PhoneNumber.tryParse(phone);
			if (number.isEmpty()) {
				errors.rejectValue("phone", "staff-member.phone.invalid");
			}
			else {
				storedPhone = number.get().value();
			}
		}
		CalendarColour colour = null;
		if (calendarColour != null && !calendarColour.isBlank()) {
			colour = CalendarColour.tryParse(calendarColour).orElse(null);
			if (colour == null) {
				errors.rejectValue("calendarColour", "staff-member.colour.invalid");
			}
		}
		var picked = specialisations == null ? List.<Specialisation>of()
				: specialisations.stream().filter(Objects::nonNull).toList();
		var chosen = picked.isEmpty() ? EnumSet.noneOf(Specialisation.class) : EnumSet.copyOf(picked);
		return new StaffMemberDetails(lastName, firstName, middleName, position, chosen, storedPhone, email, colour,
				biography, education, hireDate);
	}

	public String getLastName() { return lastName; }
	public void setLastName(String lastName) { this.lastName = lastName; }
	public String getFirstName() { return firstName; }
	public void setFirstName(String firstName) { this.firstName = firstName; }
	public String getMiddleName() { return middleName; }
	public void setMiddleName(String middleName) { this.middleName = middleName; }
	public Position getPosition() { return position; }
	public void setPosition(Position position) { this.position = position; }
	public List<Specialisation> getSpecialisations() { return specialisations; }
	public void setSpecialisations(List<Specialisation> specialisations) { this.specialisations = specialisations; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getCalendarColour() { return calendarColour; }
	public void setCalendarColour(String calendarColour) { this.calendarColour = calendarColour; }
	public String getBiography() { return biography; }
	public void setBiography(String biography) { this.biography = biography; }
	public String getEducation() { return education; }
	public void setEducation(String education) { this.education = education; }
	public LocalDate getHireDate() { return hireDate; }
	public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
}
