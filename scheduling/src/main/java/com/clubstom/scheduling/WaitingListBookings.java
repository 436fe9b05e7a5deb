package com.clubstom.scheduling;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/**
 * Takes a waiting patient off the list once the calendar gives them what they wait for: a new booking, or their
 * appointment moved earlier, with the wanted doctor and service before the last day that suits them. Closing an entry
 * twice changes nothing, so a re-delivered event is harmless.
 */
@Component
class WaitingListBookings {

	private final WaitingList waitingList;

	WaitingListBookings(WaitingList waitingList) {
		this.waitingList = waitingList;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		waitingList.markBookedBy(new AppointmentId(booked.appointmentId()), new PatientId(booked.patientId()),
				new StaffMemberId(booked.doctorId()), booked.serviceCodes(), booked.start().toLocalDate(), booked.by());
	}

	/** Only a move earlier: a patient who postpones has not got the earlier slot they wait for. */
	@ApplicationModuleListener
	void on(AppointmentRescheduled moved) {
		if (moved.start().isBefore(moved.previousStart())) {
			waitingList.markBookedBy(new AppointmentId(moved.appointmentId()), new PatientId(moved.patientId()),
					new StaffMemberId(moved.doctorId()), moved.serviceCodes(), moved.start().toLocalDate(), moved.by());
		}
	}
}
