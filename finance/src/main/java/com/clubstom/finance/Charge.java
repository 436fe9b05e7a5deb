package com.clubstom.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;

/**
 * What a visit (or an amendment to it) puts on the patient's account. {@code sourceKey} names the event's fact, so that
 * the same fact is charged once however often it is delivered.
 *
 * @param withdrawn whether the lines are taken back (an amendment withdrew the procedures)
 * @param reason the amendment's reason, if any
 */
@ValueObject
record Charge(String sourceKey, UUID patientId, UUID visitId, UUID doctorId, LocalDate day, List<ChargeLine> lines,
		boolean withdrawn, String reason, String by) {

	static Charge of(VisitCompleted visit) {
		return new Charge("visit:" + visit.visitId(), visit.patientId(), visit.visitId(), visit.doctorId(), visit.day(),
				lines(visit.procedures()), false, null, visit.by());
	}

	/** The procedures an amendment added, charged on the day it was made. */
	static Charge added(VisitAmended amendment, LocalDate day) {
		return new Charge("amendment:" + amendment.amendmentId() + ":added", amendment.patientId(), amendment.visitId(),
				amendment.doctorId(), day, lines(amendment.added()), false, amendment.reason(), amendment.by());
	}

	/** The procedures an amendment withdrew, taken back on the day it was made. */
	static Charge withdrawn(VisitAmended amendment, LocalDate day) {
		return new Charge("amendment:" + amendment.amendmentId() + ":withdrawn", amendment.patientId(), amendment.visitId(),
				amendment.doctorId(), day, lines(amendment.withdrawn()), true, amendment.reason(), amendment.by());
	}

	private static List<ChargeLine> lines(List<PerformedProcedure> procedures) {
		return procedures.stream().map(ChargeLine::of).toList();
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}
}
