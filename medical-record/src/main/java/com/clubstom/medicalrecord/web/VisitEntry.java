package com.clubstom.medicalrecord.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.clubstom.medicalrecord.Procedure;
import com.clubstom.medicalrecord.Visit;
import com.clubstom.medicalrecord.VisitDiagnosis;
import com.clubstom.medicalrecord.VisitNotes;

/**
 * A clinical visit as the API gives it: who, when, its status, the procedures that stand with their amounts in roubles,
 * the diagnoses, the notes and how often it was amended.
 */
record VisitEntry(UUID id, UUID patientId, UUID appointmentId, LocalDate day, UUID doctorId, String doctor, UUID assistantId,
		String status, Instant completedAt, List<Line> procedures, List<Diagnosis> diagnoses, VisitNotes notes,
		BigDecimal total, int amendments) {

	static VisitEntry of(Visit visit) {
		return new VisitEntry(visit.id().value(), visit.patientId().value(), visit.appointmentId().orElse(null), visit.day(),
				visit.doctor().staffMemberId(), visit.doctor().name(),
				visit.assistant() == null ? null : visit.assistant().staffMemberId(), visit.status().name(), visit.completedAt(),
				visit.current().stream().map(Line::of).toList(), visit.diagnoses().stream().map(Diagnosis::of).toList(),
				visit.notes(), visit.total().amount(), visit.amendments().size());
	}

	/** One procedure: the service, tooth and surfaces, quantity, price of one, discount and total, in roubles. */
	record Line(UUID serviceId, String code, String name, Integer tooth, String surfaces, int quantity, BigDecimal unitPrice,
			BigDecimal discount, BigDecimal total, UUID planItemId) {

		static Line of(Procedure procedure) {
			return new Line(procedure.serviceId(), procedure.code(), procedure.name(),
					procedure.tooth() == null ? null : procedure.tooth().number(), procedure.surfaceLetters(), procedure.quantity(),
					procedure.unitPrice().amount(), procedure.discount().amount(), procedure.total().amount(),
					procedure.planItemId());
		}
	}

	/** A diagnosis: the ICD-10 code, for a tooth or (null) the mouth. */
	record Diagnosis(Integer tooth, String code) {

		static Diagnosis of(VisitDiagnosis diagnosis) {
			return new Diagnosis(diagnosis.tooth() == null ? null : diagnosis.tooth().number(), diagnosis.code());
		}
	}
}
