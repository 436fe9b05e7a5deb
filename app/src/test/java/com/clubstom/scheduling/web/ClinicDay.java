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
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.Accounts;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.web.StaffOnDuty;

/**
 * Test fixture for the calendar's pages: doctors working 09:00–18:00 every day (one of them behind the test doctor's
 * account), an assistant assigned to a chair, services, patients, and appointments booked a week ahead.
 */
@Component
public class ClinicDay {

	private static final AtomicInteger NUMBER = new AtomicInteger();
	private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final ServiceCatalogue catalogue;
	private final PatientsOnFile patients;
	private final Scheduling scheduling;
	private final Accounts accounts;
	private final StaffOnDuty onDuty;

	ClinicDay(StaffDirectory staff, WorkingHours hours, Chairs chairs, ServiceCatalogue catalogue, PatientsOnFile patients,
			Scheduling scheduling, Accounts accounts, StaffOnDuty onDuty) {
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.catalogue = catalogue;
		this.patients = patients;
		this.scheduling = scheduling;
		this.accounts = accounts;
		this.onDuty = onDuty;
	}

	/** A unique surname: letters only, as the registers want. */
	public static String surname(String stem) {
		var n = NUMBER.incrementAndGet();
		return stem + LETTERS.charAt(n % LETTERS.length()) + LETTERS.charAt((n / LETTERS.length()) % LETTERS.length());
	}

	public StaffMemberId aDoctor(String lastName) {
		var doctor = staff.hire(new StaffMemberDetails(lastName, "Андрей", "Сергеевич", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#3B5BDB"), null, null, null));
		hours.changeWeeklyShifts(doctor, everyDay(null));
		return doctor;
	}

	/** The doctor the test account of {@link Role#DOCTOR} signs in as. */
	public StaffMemberId theSignedInDoctor() {
		var account = accounts.findForSignIn(onDuty.usernameOf(Role.DOCTOR)).orElseThrow();
		return staff.findByAccount(account.id()).map(member -> member.id()).orElseGet(() -> {
			var doctor = aDoctor(surname("Орлов"));
			staff.linkAccount(doctor, account.id());
			return doctor;
		});
	}

	/** The test account of {@link Role#ASSISTANT}, assigned to {@code chair} every day 09:00–18:00. */
	public StaffMemberId theSignedInAssistantAt(ChairId chair) {
		var account = accounts.findForSignIn(onDuty.usernameOf(Role.ASSISTANT)).orElseThrow();
		var assistant = staff.findByAccount(account.id()).map(member -> member.id()).orElseGet(() -> {
			var hired = staff.hire(new StaffMemberDetails(surname("Белова"), "Ольга", "Петровна", Position.ASSISTANT, Set.of(),
					null, null, new CalendarColour("#9C36B5"), null, null, null));
			staff.linkAccount(hired, account.id());
			return hired;
		});
		hours.changeWeeklyShifts(assistant, everyDay(chair));
		return assistant;
	}

	public ChairId aChair() {
		return chairs.add("Кресло " + NUMBER.incrementAndGet(), null);
	}

	public ClinicalServiceId aService(String name, int minutes) {
		var code = String.format("A16.07.%03d.%03d", ThreadLocalRandom.current().nextInt(1000), NUMBER.incrementAndGet() % 1000);
		return catalogue.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, minutes, false), catalogue.today(),
				Money.roubles(2500));
	}

	public PatientId aPatient(String lastName) {
		return patients.anAdultWithDocuments(lastName, "Мария", "Ивановна");
	}

	/** A week from today at {@code hour}:{@code minute}. */
	public LocalDateTime nextWeek(int hour, int minute) {
		return nextWeek().atTime(hour, minute);
	}

	public LocalDate nextWeek() {
		return scheduling.today().plusDays(7);
	}

	public AppointmentId book(PatientId patient, StaffMemberId doctor, ChairId chair, ClinicalServiceId service,
			LocalDateTime start) {
		return scheduling.book(new Booking(patient, doctor, chair, List.of(service), start, null, null), false);
	}

	private static EnumMap<DayOfWeek, List<Shift>> everyDay(ChairId chair) {
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(new Shift(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0), chair)));
		}
		return week;
	}
}
