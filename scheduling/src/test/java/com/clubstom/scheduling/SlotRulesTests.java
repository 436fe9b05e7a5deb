package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/** The slot rules: working hours, absences, the past, and no overlap for the doctor, the chair or the patient. */
class SlotRulesTests {

	static final LocalDate DAY = LocalDate.of(2026, 12, 1);
	static final LocalDateTime EARLIER = DAY.atTime(7, 0);

	final PatientId patient = new PatientId(UUID.randomUUID());
	final StaffMemberId doctor = new StaffMemberId(UUID.randomUUID());
	final ChairId chair = new ChairId(UUID.randomUUID());

	/** Works 09:00–18:00; away on {@code away}. */
	static DoctorsHours nineToSix(LocalDate away) {
		return new DoctorsHours() {

			@Override
			public boolean cover(TimeSlot slot) {
				return !slot.date().equals(away) && !slot.start().toLocalTime().isBefore(LocalTime.of(9, 0))
						&& !slot.end().toLocalTime().isAfter(LocalTime.of(18, 0));
			}

			@Override
			public boolean isAwayOn(LocalDate date) {
				return date.equals(away);
			}
		};
	}

	List<Violation> check(TimeSlot slot, List<Appointment> sameDay, LocalDateTime now, boolean correcting) {
		return SlotRules.check(slot, patient, doctor, chair, nineToSix(DAY.plusDays(1)), sameDay, null, now, correcting);
	}

	static Appointment booked(PatientId patient, StaffMemberId doctor, ChairId chair, TimeSlot slot) {
		return Appointment.book(patient, doctor, chair, List.of(new BookedService(UUID.randomUUID(), "A16.07.002", "Пломба", 60)),
				slot, null, AppointmentTests.MORNING, "admin");
	}

	@Test
	void aFreeSlotInsideTheHoursIsBookable() {
		assertThat(check(TimeSlot.of(DAY.atTime(9, 0), 60), List.of(), EARLIER, false)).isEmpty();
		assertThat(check(TimeSlot.of(DAY.atTime(17, 0), 60), List.of(), EARLIER, false)).isEmpty();
	}

	@Test
	void outsideTheHoursOrOnAnAbsenceIsRefusedOnTheStart() {
		assertThat(check(TimeSlot.of(DAY.atTime(17, 30), 60), List.of(), EARLIER, false))
				.containsExactly(new Violation("start", "booking.outside-hours"));
		assertThat(check(TimeSlot.of(DAY.atTime(8, 30), 60), List.of(), EARLIER, false))
				.containsExactly(new Violation("start", "booking.outside-hours"));
		assertThat(check(TimeSlot.of(DAY.plusDays(1).atTime(10, 0), 30), List.of(), EARLIER, false))
				.containsExactly(new Violation("start", "booking.doctor.away"));
	}

	@Test
	void thePastIsOnlyForThoseCorrectingRecords() {
		var slot = TimeSlot.of(DAY.atTime(10, 0), 30);

		assertThat(check(slot, List.of(), DAY.atTime(10, 1), false)).containsExactly(new Violation("start", "booking.start.past"));
		assertThat(check(slot, List.of(), DAY.atTime(10, 1), true)).isEmpty();
	}

	@Test
	void eachOverlapNamesWhoIsBusy() {
		var ten = TimeSlot.of(DAY.atTime(10, 0), 60);
		var sameDoctor = booked(new PatientId(UUID.randomUUID()), doctor, new ChairId(UUID.randomUUID()), ten);
		var sameChair = booked(new PatientId(UUID.randomUUID()), new StaffMemberId(UUID.randomUUID()), chair, ten);
		var samePatient = booked(patient, new StaffMemberId(UUID.randomUUID()), new ChairId(UUID.randomUUID()), ten);
		var halfPast = TimeSlot.of(DAY.atTime(10, 30), 60);

		assertThat(check(halfPast, List.of(sameDoctor), EARLIER, false)).containsExactly(new Violation("doctorId", "booking.doctor.busy"));
		assertThat(check(halfPast, List.of(sameChair), EARLIER, false)).containsExactly(new Violation("chairId", "booking.chair.busy"));
		assertThat(check(halfPast, List.of(samePatient), EARLIER, false)).containsExactly(new Violation("patientId", "booking.patient.busy"));
		assertThat(check(TimeSlot.of(DAY.atTime(11, 0), 30), List.of(sameDoctor, sameChair, samePatient), EARLIER, false)).isEmpty();
	}

	@Test
	void cancelledAndMissedAppointmentsAndTheOneBeingMovedDoNotCollide() {
		var ten = TimeSlot.of(DAY.atTime(10, 0), 60);
		var cancelled = booked(new PatientId(UUID.randomUUID()), doctor, chair, ten);
		cancelled.changeStatus(AppointmentStatus.CANCELLED, "перенос", AppointmentTests.MORNING, "admin");
		var moving = booked(patient, doctor, chair, ten);

		assertThat(check(ten, List.of(cancelled), EARLIER, false)).isEmpty();
		assertThat(SlotRules.check(TimeSlot.of(DAY.atTime(10, 30), 60), patient, doctor, chair, nineToSix(null),
				List.of(moving), moving.id(), EARLIER, false)).isEmpty();
	}
}
