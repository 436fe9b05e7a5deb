package com.clubstom.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Position;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;

/**
 * Test fixture: a clinic set up through its own APIs, with doctors working 09:00–18:00 every day, chairs, services of
 * the catalogue and patients; {@link #nextWeek(int, int)} is a time a week ahead, safely in the future.
 */
@Component
class ClinicForTheWeek {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final ServiceCatalogue catalogue;

	ClinicForTheWeek(PatientRegistry patients, StaffDirectory staff, WorkingHours hours, Chairs chairs,
			ServiceCatalogue catalogue) {
		this.patients = patients;
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.catalogue = catalogue;
	}

	StaffMemberId aDoctor(String lastName) {
		var doctor = staff.hire(new StaffMemberDetails(lastName, "Андрей", "Сергеевич", Position.DOCTOR, Set.of(Specialisation.THERAPIST), null,
				null, new CalendarColour("#0D7680"), null, null, null));
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(Shift.of("09:00", "18:00")));
		}
		hours.changeWeeklyShifts(doctor, week);
		return doctor;
	}

	ChairId aChair() {
		return chairs.add("Кресло " + NUMBER.incrementAndGet(), null);
	}

	ClinicalServiceId aService(String name, int minutes) {
		var code = String.format("A16.07.%03d.%03d", ThreadLocalRandom.current().nextInt(1000), NUMBER.incrementAndGet() % 1000);
		return catalogue.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, minutes, false), catalogue.today(),
				Money.roubles(3500));
	}

	PatientId aPatient(String lastName) {
		var phone = "+7926" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		return patients.register(new PatientDetails(lastName, "Мария", "Ивановна", LocalDate.of(1988, 6, 14), Sex.FEMALE,
				new PatientContacts(phone, List.of(), null, null, ContactChannel.SMS), null, List.of(), null, null, null, null),
				LocalDate.of(2026, 1, 10), true);
	}

	/** A time {@code 7} days from today in the clinic. */
	LocalDateTime nextWeek(int hour, int minute) {
		return catalogue.today().plusDays(7).atTime(hour, minute);
	}
}
