package com.clubstom.patients;

import com.clubstom.kernel.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the registry or of a duplicate warning: enough to recognise the patient and open the card.
 *
 * @param phone the primary number in international form
 */
public record PatientSummary(PatientId id, String lastName, String firstName, String middleName, LocalDate birthDate,
		Sex sex, String phone, List<String> tags, PatientStatus status, boolean consentGiven, Instant registeredAt,
		Instant changedAt) {

	public String fullName() {
		return FullName.of(lastName, firstName, middleName);
	}

	public String phoneDisplay() {
		return phone == null ? "" : PhoneNumber.tryParse(phone).map(PhoneNumber::display).orElse(phone);
	}
}
