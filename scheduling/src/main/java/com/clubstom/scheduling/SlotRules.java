package com.clubstom.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * The rules a time must keep to be booked: inside the doctor's working hours (not during a vacation or sick leave), not in
 * the past unless the front desk is correcting records, and free for the doctor, the chair and the patient. Each broken
 * rule is named after the field the person should change.
 */
final class SlotRules {

	private SlotRules() {
	}

	/**
	 * @param sameDay the appointments of the slot's date that might collide (the one being moved among them is skipped)
	 * @param moving the appointment being moved, or {@code null} for a new booking
	 */
	static List<Violation> check(TimeSlot slot, PatientId patient, StaffMemberId doctor, ChairId chair,
			DoctorsHours doctorsHours, Collection<Appointment> sameDay, AppointmentId moving, LocalDateTime now,
			boolean mayCorrectPast) {
		var violations = new ArrayList<Violation>();
		if (slot.start().isBefore(now) && !mayCorrectPast) {
			violations.add(new Violation("start", "booking.start.past"));
		}
		if (!doctorsHours.cover(slot)) {
			violations.add(new Violation("start", doctorsHours.isAwayOn(slot.date()) ? "booking.doctor.away" : "booking.outside-hours"));
		}
		var colliding = sameDay.stream().filter(other -> !other.id().equals(moving))
				.filter(other -> other.status().holdsTime() && other.slot().overlaps(slot)).toList();
		if (colliding.stream().anyMatch(other -> other.doctorId().equals(doctor))) {
			violations.add(new Violation("doctorId", "booking.doctor.busy"));
		}
		if (colliding.stream().anyMatch(other -> other.chairId().equals(chair))) {
			violations.add(new Violation("chairId", "booking.chair.busy"));
		}
		if (colliding.stream().anyMatch(other -> other.patientId().equals(patient))) {
			violations.add(new Violation("patientId", "booking.patient.busy"));
		}
		return violations;
	}

}
