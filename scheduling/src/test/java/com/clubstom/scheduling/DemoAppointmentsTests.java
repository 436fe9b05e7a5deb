package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;

/**
 * The demo clinic's appointment book as stored: ten weeks of history and three weeks ahead, every appointment keeping the slot rules
 * against the demo doctors' real hours, Петров with his story, and each one changeable like any booked through the
 * front desk. Seeding twice adds nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
@Import(FrontDesk.class)
class DemoAppointmentsTests {

	@Autowired Scheduling scheduling;
	@Autowired Appointments appointments;
	@Autowired WorkingHours hours;
	@Autowired PatientRegistry registry;
	@Autowired DemoAppointments demo;
	@Autowired DemoVisits demoVisits;
	@Autowired com.clubstom.medicalrecord.ClinicalVisits visits;

	@Test
	void theDemoClinicHasMonthsOfHistoryAndWeeksAheadThatKeepTheSlotRules() {
		var today = scheduling.today();
		var book = scheduling.between(today.minusWeeks(DemoAppointments.HISTORY_WEEKS), today.plusWeeks(DemoAppointments.WEEKS));

		assertThat(book).hasSizeGreaterThan(500);
		assertThat(appointments.count()).isEqualTo(book.size());
		var byDay = book.stream().collect(Collectors.groupingBy(Appointment::day));
		var schedules = new HashMap<StaffMemberId, DoctorsHours>();
		var now = scheduling.now();
		assertThat(book).filteredOn(appointment -> appointment.status().holdsTime()).allSatisfy(appointment -> {
			var doctorsHours = schedules.computeIfAbsent(appointment.doctorId(), doctor -> DoctorsHours.of(hours.scheduleOf(doctor)));
			assertThat(SlotRules.check(appointment.slot(), appointment.patientId(), appointment.doctorId(), appointment.chairId(),
					doctorsHours, byDay.get(appointment.day()), appointment.id(), now, true)).as("%s", appointment.slot()).isEmpty();
		});
		// today's mix depends on the hour the test runs; the weeks around it do not
		assertThat(book).filteredOn(appointment -> appointment.day().isBefore(today)).extracting(Appointment::status)
				.contains(AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);
		assertThat(book).filteredOn(appointment -> appointment.day().isAfter(today)).extracting(Appointment::status)
				.contains(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
	}

	@Test
	void petrovHasACompletedACancelledAMissedAndAnUpcomingVisit() {
		var petrov = registry.search(PatientSearch.forText(DemoAppointments.WELL_KNOWN_PATIENT)).items().get(0).id();

		assertThat(scheduling.ofPatient(petrov)).extracting(Appointment::status).containsExactly(AppointmentStatus.CONFIRMED,
				AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED, AppointmentStatus.COMPLETED);
	}

	@Test
	void aSeededAppointmentIsConfirmedLikeAnyOtherAndSeedingAgainAddsNothing() {
		var today = scheduling.today();
		var booked = scheduling.between(today.plusDays(1), today.plusWeeks(DemoAppointments.WEEKS)).stream()
				.filter(appointment -> appointment.status() == AppointmentStatus.BOOKED).findFirst().orElseThrow();

		scheduling.changeStatus(booked.id(), booked.version(), AppointmentStatus.CONFIRMED, null);

		var confirmed = scheduling.find(booked.id()).orElseThrow();
		assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
		assertThat(confirmed.version()).isEqualTo(booked.version() + 1);
		assertThat(confirmed.services()).isEqualTo(booked.services());

		var before = appointments.count();
		demo.seed();
		assertThat(appointments.count()).isEqualTo(before);
	}

	@Test
	void theLatestCompletedAppointmentsHaveTheirCompletedVisitsAndSeedingAgainAddsNone() {
		var today = scheduling.today();
		var completed = scheduling.between(today.minusWeeks(DemoAppointments.HISTORY_WEEKS), today).stream()
				.filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED).toList();
		var held = completed.stream().map(appointment -> visits.ofAppointment(appointment.id().value()))
				.flatMap(java.util.Optional::stream).toList();

		assertThat(held).hasSize(Math.min(DemoVisits.COMPLETED, completed.size()));
		assertThat(held).allSatisfy(visit -> {
			assertThat(visit.status()).isEqualTo(com.clubstom.medicalrecord.VisitStatus.COMPLETED);
			assertThat(visit.current()).isNotEmpty();
			assertThat(visit.notes().objective()).isNotBlank();
		});
		var before = held.size();
		demoVisits.seed();
		assertThat(completed.stream().map(appointment -> visits.ofAppointment(appointment.id().value()))
				.flatMap(java.util.Optional::stream).count()).isEqualTo(before);
	}
}
