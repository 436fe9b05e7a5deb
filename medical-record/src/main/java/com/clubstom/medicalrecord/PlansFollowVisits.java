package com.clubstom.medicalrecord;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears of completed visits and marks the plan items they carried out as done. Visits are of this same context, but the
 * listener still runs after the visit's transaction commits, through the event publication registry, so a failure
 * leaves the publication to be delivered again (on restart) rather than undoing the visit. Delivery is at least once:
 * an item already done stays as it is.
 */
@Component
class PlansFollowVisits {

	private final TreatmentPlans plans;

	PlansFollowVisits(TreatmentPlans plans) {
		this.plans = plans;
	}

	@ApplicationModuleListener
	void on(VisitCompleted visit) {
		plans.recordVisit(visit);
	}
}
