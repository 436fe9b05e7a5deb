package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The doctor proposed a treatment plan to the patient: its totals and lines as proposed. Tasks follow up a plan not accepted in time; reports count plans proposed per doctor.
 */
public record TreatmentPlanProposed(UUID planId, UUID patientId, UUID doctorId, String title, PlanTotals totals,
		List<PlanLine> lines, Instant at, String by) implements DomainEvent {

	public TreatmentPlanProposed {
		lines = List.copyOf(lines);
	}
}
