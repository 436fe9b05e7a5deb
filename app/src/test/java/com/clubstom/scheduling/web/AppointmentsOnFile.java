package com.clubstom.scheduling.web;

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
import com.clubstom.patients.PatientId;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.Scheduling;
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
 * Test fixture: appointments booked through the scheduling context's own API, with doctors working the clinic's whole
 * day every day, chairs and services of their own (names no other test uses), and statuses moved on the way the front
 * desk moves them. Times in the past are booked as the front desk correcting records.
 */
@Component
public class AppointmentsOnFile {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private final Scheduling scheduling;
	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final ServiceCatalogue catalogue;

	AppointmentsOnFile(Scheduling scheduling, StaffDirectory staff, WorkingHours hours, Chairs chairs, ServiceCatalogue catalogue) {
		this.scheduling = scheduling;
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.catalogue = catalogue;
	}

	/** A therapist working 08:00–21:00 every day, in the colour given. */
	public StaffMemberId aDoctor(String lastName, String firstName, String colour) {
		var doctor = staff.hire(new StaffMemberDetails(lastName, firstName, "Олегович", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour(colour), null, null, null));
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(Shift.of("08:00", "21:00")));
		}
		hours.changeWeeklyShifts(doctor, week);
		return doctor;
	}

	public ChairId aChair(String name) {
		return chairs.add(name + " " + NUMBER.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(100_000), null);
	}

	public ClinicalServiceId aService(String name, int minutes) {
		var code = String.format("A99.%02d.%03d.%03d", ThreadLocalRandom.current().nextInt(100),
				ThreadLocalRandom.current().nextInt(1000), NUMBER.incrementAndGet() % 1000);
		return catalogue.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, minutes, false), catalogue.today(),
				Money.roubles(2500));
	}

	public AppointmentId book(PatientId patient, StaffMemberId doctor, ChairId chair, ClinicalServiceId service,
			LocalDateTime start, int minutes) {
		return scheduling.book(new Booking(patient, doctor, chair, List.of(service), start, minutes, null), true);
	}

	/** Moves the appointment on, step by step, to {@code status} ({@code reason} for a cancellation). */
	public void moveOn(AppointmentId id, String reason, AppointmentStatus... steps) {
		for (var step : steps) {
			var appointment = scheduling.find(id).orElseThrow();
			scheduling.changeStatus(id, appointment.version(), step, step == AppointmentStatus.CANCELLED ? reason : null);
		}
	}

	public LocalDate today() {
		return scheduling.today();
	}
}
