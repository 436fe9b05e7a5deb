package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The patient declined a treatment plan, for the reason given. Tasks close the plan's follow-up; reports count declined
 * plans, their sums and reasons per doctor.
 */
public record TreatmentPlanDeclined(UUID planId, UUID patientId, UUID doctorId, String title, PlanTotals totals,
		List<PlanLine> lines, String reason, Instant at, String by) implements DomainEvent {

	public TreatmentPlanDeclined {
		lines = List.copyOf(lines);
	}
}
