package com.clubstom.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;

/** Test stand-in for the application's {@link Actors}: Ms Smirnova at the front desk, and the patients she registers. */
class AtTheFrontDesk implements Actors {

	static final Actor SMIRNOVA = new Actor("smirnova", "Смирнова Ольга Петровна", "10.0.0.11");

	@Override
	public Actor current() {
		return SMIRNOVA;
	}

	static PatientId aPatient(PatientRegistry registry, String lastName) {
		var phone = "+7916" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		var details = new PatientDetails(lastName, "Анна", "Игоревна", LocalDate.of(1990, 6, 12), Sex.FEMALE,
				new PatientContacts(phone, List.of(), null, null, ContactChannel.SMS), null, List.of(), null, null, null, null);
		return registry.register(details, LocalDate.of(2026, 1, 10), true);
	}
}
