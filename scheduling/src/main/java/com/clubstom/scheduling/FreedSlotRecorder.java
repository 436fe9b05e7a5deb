package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * Hears of cancellations, no-shows and moves and records the time they freed as a {@link FreedSlot} for the waiting
 * list to suggest. Only coming times matter: a slot already started helps no one on the list. Delivery is at least
 * once; a re-delivered event finds its slot recorded and changes nothing.
 */
@Component
class FreedSlotRecorder {

	private final FreedSlots freedSlots;
	private final WaitingList waitingList;

	FreedSlotRecorder(FreedSlots freedSlots, WaitingList waitingList) {
		this.freedSlots = freedSlots;
		this.waitingList = waitingList;
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		record(cancelled.appointmentId(), cancelled.patientId(), cancelled.doctorId(), cancelled.chairId(),
				cancelled.serviceCodes(), cancelled.start(), cancelled.end(), FreedSlot.Cause.CANCELLED, cancelled.at());
	}

	@ApplicationModuleListener
	void on(AppointmentMarkedNoShow missed) {
		record(missed.appointmentId(), missed.patientId(), missed.doctorId(), missed.chairId(), missed.serviceCodes(),
				missed.start(), missed.end(), FreedSlot.Cause.NO_SHOW, missed.at());
	}

	/** The previous time frees up, unless the doctor still holds part of it (a resize, a short shift on the same day). */
	@ApplicationModuleListener
	void on(AppointmentRescheduled moved) {
		var previous = new TimeSlot(moved.previousStart(), moved.previousEnd());
		var stillHeld = moved.doctorId().equals(moved.previousDoctorId())
				&& new TimeSlot(moved.start(), moved.end()).overlaps(previous);
		if (!stillHeld) {
			record(moved.appointmentId(), moved.patientId(), moved.previousDoctorId(), moved.previousChairId(),
					moved.serviceCodes(), moved.previousStart(), moved.previousEnd(), FreedSlot.Cause.RESCHEDULED, moved.at());
		}
	}

	private void record(UUID appointment, UUID patient, UUID doctor, UUID chair, List<String> serviceCodes,
			LocalDateTime start, LocalDateTime end, FreedSlot.Cause cause, Instant at) {
		var slot = new TimeSlot(start, end);
		if (!start.isAfter(waitingList.now())) {
			return;
		}
		var freed = FreedSlot.of(new AppointmentId(appointment), new PatientId(patient), new StaffMemberId(doctor),
				new ChairId(chair), serviceCodes, slot, cause, at);
		if (!freedSlots.existsById(FreedSlot.keyOf(freed.appointmentId(), slot))) {
			freedSlots.save(freed);
		}
	}
}
