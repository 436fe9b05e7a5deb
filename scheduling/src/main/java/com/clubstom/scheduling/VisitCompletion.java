package com.clubstom.scheduling;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.VisitCompleted;

/**
 * Hears that a doctor completed a visit held for an appointment and completes the appointment, so the calendar shows it
 * done without the front desk's click. Delivery is at least once (and again after a restart); a repeat changes nothing.
 */
@Component
class VisitCompletion {

	private final Scheduling scheduling;

	VisitCompletion(Scheduling scheduling) {
		this.scheduling = scheduling;
	}

	@ApplicationModuleListener
	void on(VisitCompleted completed) {
		if (completed.appointmentId() != null) {
			scheduling.completeAfterVisit(new AppointmentId(completed.appointmentId()), completed.completedAt(), completed.by());
		}
	}
}
