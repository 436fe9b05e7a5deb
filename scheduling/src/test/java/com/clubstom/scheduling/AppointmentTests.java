package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/** An appointment's life: its statuses only move forward, each step dated and attributed, and it moves only before the patient comes. */
class AppointmentTests {

	static final Instant MORNING = Instant.parse("2026-12-01T06:00:00Z");
	static final LocalDateTime TEN = LocalDateTime.of(2026, 12, 1, 10, 0);

	static Appointment aCheckUp() {
		return Appointment.book(new PatientId(UUID.randomUUID()), new StaffMemberId(UUID.randomUUID()),
				new ChairId(UUID.randomUUID()), List.of(new BookedService(UUID.randomUUID(), "B01.065.001", "Осмотр", 30)),
				TimeSlot.of(TEN, 30), "первичный", MORNING, "admin");
	}

	@Test
	void aBookingStartsBookedAndIsAnnounced() {
		var appointment = aCheckUp();

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(appointment.booked()).isEqualTo(new StatusChange(AppointmentStatus.BOOKED, MORNING, "admin", null));
		assertThat(appointment.day()).isEqualTo(TEN.toLocalDate());
		assertThat(appointment.announcements()).singleElement().isInstanceOfSatisfying(AppointmentBooked.class, booked -> {
			assertThat(booked.serviceCodes()).containsExactly("B01.065.001");
			assertThat(booked.start()).isEqualTo(TEN);
			assertThat(booked.end()).isEqualTo(TEN.plusMinutes(30));
			assertThat(booked.by()).isEqualTo("admin");
		});
	}

	@Test
	void theVisitGoesFromConfirmedThroughTheWaitingRoomAndTheChairToCompleted() {
		var appointment = aCheckUp();

		appointment.changeStatus(AppointmentStatus.CONFIRMED, null, MORNING.plusSeconds(60), "admin");
		appointment.changeStatus(AppointmentStatus.ARRIVED, null, MORNING.plusSeconds(3600), "admin");
		appointment.changeStatus(AppointmentStatus.IN_CHAIR, null, MORNING.plusSeconds(4000), "orlov");
		appointment.changeStatus(AppointmentStatus.COMPLETED, null, MORNING.plusSeconds(6000), "orlov");

		assertThat(appointment.history()).extracting(StatusChange::status).containsExactly(AppointmentStatus.BOOKED,
				AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED, AppointmentStatus.IN_CHAIR, AppointmentStatus.COMPLETED);
		assertThat(appointment.last(AppointmentStatus.IN_CHAIR)).get().extracting(StatusChange::by).isEqualTo("orlov");
		assertThat(appointment.announcements()).filteredOn(PatientArrived.class::isInstance).hasSize(1);
	}

	@Test
	void aCancellationKeepsItsReasonAndFreesTheTime() {
		var appointment = aCheckUp();

		appointment.changeStatus(AppointmentStatus.CANCELLED, "  заболел  ", MORNING, "admin");

		assertThat(appointment.status().holdsTime()).isFalse();
		assertThat(appointment.last(AppointmentStatus.CANCELLED)).get().extracting(StatusChange::reason).isEqualTo("заболел");
		assertThat(appointment.announcements()).last().isInstanceOfSatisfying(AppointmentCancelled.class,
				cancelled -> assertThat(cancelled.reason()).isEqualTo("заболел"));
	}

	@Test
	void finalStatusesAndSkippedStepsAreRefused() {
		var appointment = aCheckUp();
		assertThatExceptionOfType(AppointmentStatusException.class)
				.isThrownBy(() -> appointment.changeStatus(AppointmentStatus.COMPLETED, null, MORNING, "orlov"));

		appointment.changeStatus(AppointmentStatus.NO_SHOW, null, MORNING, "admin");

		assertThat(appointment.announcements()).last().isInstanceOf(AppointmentMarkedNoShow.class);
		assertThatExceptionOfType(AppointmentStatusException.class)
				.isThrownBy(() -> appointment.changeStatus(AppointmentStatus.ARRIVED, null, MORNING, "admin"));
		assertThat(appointment.history()).hasSize(2);
	}

	@Test
	void movingIsAnnouncedWithWhereItWasAndRefusedOnceThePatientHasCome() {
		var appointment = aCheckUp();
		var doctor = appointment.doctorId();
		var otherChair = new ChairId(UUID.randomUUID());

		appointment.moveTo(TimeSlot.of(TEN.plusHours(2), 45), doctor, otherChair, MORNING, "admin");

		assertThat(appointment.slot()).isEqualTo(TimeSlot.of(TEN.plusHours(2), 45));
		assertThat(appointment.announcements()).last().isInstanceOfSatisfying(AppointmentRescheduled.class, moved -> {
			assertThat(moved.previousStart()).isEqualTo(TEN);
			assertThat(moved.start()).isEqualTo(TEN.plusHours(2));
			assertThat(moved.chairId()).isEqualTo(otherChair.value());
		});

		appointment.changeStatus(AppointmentStatus.ARRIVED, null, MORNING, "admin");
		assertThatExceptionOfType(AppointmentStatusException.class).isThrownBy(
				() -> appointment.moveTo(TimeSlot.of(TEN, 30), doctor, otherChair, MORNING, "admin"));
	}
}
