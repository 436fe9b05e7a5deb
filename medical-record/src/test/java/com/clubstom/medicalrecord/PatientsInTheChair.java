package com.clubstom.medicalrecord;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;

/** Test fixture: an adult patient registered through the registry, with a phone no other test uses. */
final class PatientsInTheChair {

	private PatientsInTheChair() {
	}

	static PatientId anAdult(PatientRegistry registry, String lastName) {
		var phone = "+7926" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		var details = new PatientDetails(lastName, "Иван", "Сергеевич", LocalDate.of(1985, 4, 2), Sex.MALE,
				new PatientContacts(phone, List.of(), null, null, ContactChannel.SMS), null, List.of(), null, null, null, null);
		return registry.register(details, LocalDate.of(2026, 1, 10), true);
	}
}
