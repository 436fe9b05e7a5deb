package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The patient accepted a treatment plan: its totals and lines are now the agreed treatment. Tasks follow up an accepted plan not booked; reports count accepted plans and their sums per doctor.
 */
public record TreatmentPlanAccepted(UUID planId, UUID patientId, UUID doctorId, String title, PlanTotals totals,
		List<PlanLine> lines, Instant at, String by) implements DomainEvent {

	public TreatmentPlanAccepted {
		lines = List.copyOf(lines);
	}
}
