package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.InvalidPatientDetailsException;
import com.clubstom.patients.LikelyDuplicateException;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;

/**
 * A new patient registered from the booking dialog with the least the registry needs (name, date of birth, sex, phone);
 * the rest is filled in on the card when the patient comes. A likely duplicate is refused with a pointer to search.
 */
@Component
class QuickRegistration {

	private final PatientRegistry patients;

	QuickRegistration(PatientRegistry patients) {
		this.patients = patients;
	}

	Optional<PatientId> register(BookingForm form, BindingResult errors) {
		LocalDate birthDate = null;
		try {
			birthDate = form.getBirthDate() == null || form.getBirthDate().isBlank() ? null : LocalDate.parse(form.getBirthDate().strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue("birthDate", "booking.new-patient.birth-date.invalid");
		}
		Sex sex = null;
		try {
			sex = form.getSex() == null || form.getSex().isBlank() ? null : Sex.valueOf(form.getSex());
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue("sex", "patient.sex.required");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		var details = new PatientDetails(form.getLastName(), form.getFirstName(), form.getMiddleName(), birthDate, sex,
				new PatientContacts(form.getPhone(), List.of(), null, null, ContactChannel.SMS), null, List.of(), null, null,
				null, null);
		try {
			return Optional.of(patients.register(details, null, false));
		}
		catch (InvalidPatientDetailsException invalid) {
			invalid.violations().forEach(violation -> {
				var field = switch (violation.field()) {
					case "lastName", "firstName", "middleName", "birthDate", "sex", "phone" -> violation.field();
					default -> "lastName";
				};
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, violation.code());
				}
			});
		}
		catch (LikelyDuplicateException duplicate) {
			errors.rejectValue("lastName", "booking.new-patient.duplicate",
					new Object[] { duplicate.candidates().get(0).fullName() }, null);
		}
		return Optional.empty();
	}
}
