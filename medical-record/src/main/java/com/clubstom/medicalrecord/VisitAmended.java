package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A completed visit was corrected: the procedures the amendment added (to charge and pay for) and those it withdrew (to
 * reverse), with the reason; an amendment of the notes alone carries no procedures. Finance reverses and charges from
 * this alone, once per amendment.
 */
public record VisitAmended(UUID visitId, UUID amendmentId, UUID appointmentId, UUID patientId, UUID doctorId, String reason,
		List<PerformedProcedure> added, List<PerformedProcedure> withdrawn, Instant at, String by) implements DomainEvent {

	public VisitAmended {
		added = List.copyOf(added);
		withdrawn = List.copyOf(withdrawn);
	}
}
