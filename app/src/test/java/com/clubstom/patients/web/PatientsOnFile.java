package com.clubstom.patients.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.IdentityDocument;
import com.clubstom.patients.InsurancePolicy;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;

/**
 * Test fixture: patients registered straight through the registry, each with a phone of its own so tests sharing the
 * database never look like duplicates of one another.
 */
@Component
public class PatientsOnFile {

	private static final AtomicInteger NEXT_PHONE = new AtomicInteger(1000);

	private final PatientRegistry registry;

	PatientsOnFile(PatientRegistry registry) {
		this.registry = registry;
	}

	/** A fresh phone in stored form, never used before in this JVM. */
	public static String aFreshPhone() {
		return "+7977" + String.format("%07d", NEXT_PHONE.incrementAndGet() + ProcessHandle.current().pid() % 1000 * 10_000);
	}

	/** An adult with a passport and a ДМС policy on file, consent signed. */
	public PatientId anAdultWithDocuments(String lastName, String firstName, String middleName) {
		var details = new PatientDetails(lastName, firstName, middleName, LocalDate.of(1984, 3, 12), Sex.FEMALE,
				new PatientContacts(aFreshPhone(), List.of(), "patient@mail.ru", "г. Москва, ул. Лесная, д. 5", ContactChannel.SMS),
				ReferralSource.MAPS, List.of("VIP"), "Предпочитает утренние приёмы", null,
				new IdentityDocument(IdentityDocument.Type.PASSPORT_RF, "45 12", "345678", "ОВД Тверского района", LocalDate.of(2010, 5, 20)),
				new InsurancePolicy("СОГАЗ", "ДМС-7788-12", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		return registry.register(details, LocalDate.of(2026, 1, 10), true);
	}

	public PatientRegistry registry() {
		return registry;
	}
}
