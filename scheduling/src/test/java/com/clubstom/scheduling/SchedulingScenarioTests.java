package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;

/** The front desk books, moves, seats, cancels and marks no-shows; every other context hears of it. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ FrontDesk.class, ClinicForTheWeek.class })
class SchedulingScenarioTests {

	@Autowired Scheduling scheduling;
	@Autowired ClinicForTheWeek clinic;
	@Autowired AuditTrail audit;

	Booking aCheckUp(String patientName, String doctorName) {
		return new Booking(clinic.aPatient(patientName), clinic.aDoctor(doctorName), clinic.aChair(),
				List.of(clinic.aService("Осмотр", 30), clinic.aService("Гигиена", 45)), clinic.nextWeek(10, 0), null, "первичный");
	}

	@Test
	void aBookingIsAnnouncedWithPatientDoctorChairServicesAndTimes(Scenario scenario) {
		var booking = aCheckUp("Букина", "Записной");

		scenario.stimulate(() -> scheduling.book(booking, false))
				.andWaitForEventOfType(AppointmentBooked.class)
				.matching(booked -> booked.patientId().equals(booking.patient().value()))
				.toArriveAndVerify((booked, id) -> {
					assertThat(booked.appointmentId()).isEqualTo(id.value());
					assertThat(booked.doctorId()).isEqualTo(booking.doctor().value());
					assertThat(booked.chairId()).isEqualTo(booking.chair().value());
					assertThat(booked.serviceCodes()).hasSize(2);
					assertThat(booked.start()).isEqualTo(booking.start());
					assertThat(booked.end()).isEqualTo(booking.start().plusMinutes(75));
					assertThat(booked.by()).isEqualTo("admin");
					assertThat(audit.search(AuditQuery.aboutPatient(booking.patient().value()), 0, 10).entries())
							.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(Scheduling.SECTION));
				});
	}

	@Test
	void movingIsAnnouncedWithTheOldAndNewTimes(Scenario scenario) {
		var booking = aCheckUp("Переносова", "Двигаев");
		var id = scheduling.book(booking, false);

		scenario.stimulate(() -> scheduling.move(id, 0, clinic.nextWeek(15, 0), 60, booking.doctor(), booking.chair(), false))
				.andWaitForEventOfType(AppointmentRescheduled.class)
				.matching(moved -> moved.appointmentId().equals(id.value()))
				.toArriveAndVerify(moved -> {
					assertThat(moved.previousStart()).isEqualTo(clinic.nextWeek(10, 0));
					assertThat(moved.start()).isEqualTo(clinic.nextWeek(15, 0));
					assertThat(moved.end()).isEqualTo(clinic.nextWeek(16, 0));
					assertThat(moved.patientId()).isEqualTo(booking.patient().value());
				});
	}

	@Test
	void aCancellationIsAnnouncedWithItsReasonAndFreesTheSlot(Scenario scenario) {
		var booking = aCheckUp("Отменова", "Свободин");
		var id = scheduling.book(booking, false);

		scenario.stimulate(() -> scheduling.changeStatus(id, 0, AppointmentStatus.CANCELLED, "заболела"))
				.andWaitForEventOfType(AppointmentCancelled.class)
				.matching(cancelled -> cancelled.appointmentId().equals(id.value()))
				.toArriveAndVerify(cancelled -> {
					assertThat(cancelled.reason()).isEqualTo("заболела");
					assertThat(cancelled.by()).isEqualTo("admin");
					var another = new Booking(clinic.aPatient("Следующая"), booking.doctor(), booking.chair(),
							booking.services(), booking.start(), null, null);
					assertThat(scheduling.book(another, false)).isNotEqualTo(id);
				});
	}

	@Test
	void anArrivalIsAnnouncedForTheWaitingRoom(Scenario scenario) {
		var booking = aCheckUp("Пришедшая", "Встречаев");
		var id = scheduling.book(booking, false);

		scenario.stimulate(() -> scheduling.changeStatus(id, 0, AppointmentStatus.ARRIVED, null))
				.andWaitForEventOfType(PatientArrived.class)
				.matching(arrived -> arrived.appointmentId().equals(id.value()))
				.toArriveAndVerify(arrived -> assertThat(scheduling.find(id).orElseThrow().status())
						.isEqualTo(AppointmentStatus.ARRIVED));
	}

	@Test
	void aNoShowIsAnnouncedForTheCallBack(Scenario scenario) {
		var booking = aCheckUp("Непришедшая", "Ждущев");
		var id = scheduling.book(booking, false);

		scenario.stimulate(() -> scheduling.changeStatus(id, 0, AppointmentStatus.NO_SHOW, null))
				.andWaitForEventOfType(AppointmentMarkedNoShow.class)
				.matching(missed -> missed.appointmentId().equals(id.value()))
				.toArriveAndVerify(missed -> assertThat(missed.doctorId()).isEqualTo(booking.doctor().value()));
	}

	@Test
	void anOverlapIsRefusedNamingTheDoctorTheChairAndThePatient() {
		var booking = aCheckUp("Занятая", "Занятов");
		scheduling.book(booking, false);

		var overIt = new Booking(booking.patient(), booking.doctor(), booking.chair(), booking.services(),
				booking.start().plusMinutes(30), 30, null);

		assertThatExceptionOfType(InvalidBookingException.class).isThrownBy(() -> scheduling.book(overIt, false))
				.satisfies(refused -> assertThat(refused.violations()).containsExactlyInAnyOrder(
						new Violation("doctorId", "booking.doctor.busy"), new Violation("chairId", "booking.chair.busy"),
						new Violation("patientId", "booking.patient.busy")));
	}

	@Test
	void missingPartsAreNamedAndNothingIsBooked() {
		var empty = new Booking(null, null, null, List.of(), null, null, null);

		assertThatExceptionOfType(InvalidBookingException.class).isThrownBy(() -> scheduling.book(empty, false))
				.satisfies(refused -> assertThat(refused.violations()).extracting(Violation::field)
						.containsExactlyInAnyOrder("patientId", "doctorId", "chairId", "services", "start"));
	}

	@Test
	void theMonthCountsEachDoctorsDaysUnderTheFilterCancelledOnesLeftOut() {
		var booking = aCheckUp("Счётная", "Считаев");
		scheduling.book(booking, false);
		var cancelled = scheduling.book(new Booking(clinic.aPatient("Отменённая"), booking.doctor(), booking.chair(),
				booking.services(), booking.start().plusHours(2), null, null), false);
		scheduling.changeStatus(cancelled, 0, AppointmentStatus.CANCELLED, "перенос");
		var day = booking.start().toLocalDate();
		var holding = java.util.EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);

		assertThat(scheduling.countsBetween(day.minusDays(3), day.plusDays(3),
				new CalendarFilter(java.util.Set.of(booking.doctor().value()), java.util.Set.of(), null, holding)))
				.containsExactly(new DayCount(day, booking.doctor(), 1));
		assertThat(scheduling.countsBetween(day, day, new CalendarFilter(java.util.Set.of(booking.doctor().value()),
				java.util.Set.of(), null, java.util.EnumSet.allOf(AppointmentStatus.class))))
				.containsExactly(new DayCount(day, booking.doctor(), 2));
		assertThat(scheduling.countsBetween(day, day, new CalendarFilter(java.util.Set.of(), java.util.Set.of(),
				clinic.aChair().value(), holding))).isEmpty();
	}

	@Test
	void outsideTheDoctorsHoursIsRefused() {
		var booking = aCheckUp("Поздняя", "Дневной");
		var late = new Booking(booking.patient(), booking.doctor(), booking.chair(), booking.services(),
				clinic.nextWeek(17, 30), null, null);

		assertThatExceptionOfType(InvalidBookingException.class).isThrownBy(() -> scheduling.book(late, false))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("start", "booking.outside-hours")));
	}

	@Test
	void aChangeOnAnOutdatedViewIsRefused() {
		var booking = aCheckUp("Устаревшая", "Версиев");
		var id = scheduling.book(booking, false);
		scheduling.changeStatus(id, 0, AppointmentStatus.CONFIRMED, null);

		assertThatExceptionOfType(AppointmentChangedMeanwhileException.class)
				.isThrownBy(() -> scheduling.changeStatus(id, 0, AppointmentStatus.CANCELLED, "передумала"));
		assertThat(scheduling.find(id).orElseThrow().status()).isEqualTo(AppointmentStatus.CONFIRMED);
	}
}
