package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.medicalrecord.VisitCompleted;

/**
 * A completed visit as payroll heard of it, stored under the visit's id: the mark that its pay was accrued (once,
 * however often {@link VisitCompleted} arrives) and what a later amendment needs that its event does not carry: the
 * visit's day, whose terms price added procedures, and the visit's assistant.
 */
@AggregateRoot
@Document("payroll_visits")
class PayrollVisit {

	@Id
	@Identity
	private final UUID visitId;
	private final UUID patientId;
	private final UUID doctorId;
	private final UUID assistantId;
	private final LocalDate day;
	private final Instant completedAt;

	@PersistenceCreator
	PayrollVisit(UUID visitId, UUID patientId, UUID doctorId, UUID assistantId, LocalDate day, Instant completedAt) {
		this.visitId = visitId;
		this.patientId = patientId;
		this.doctorId = doctorId;
		this.assistantId = assistantId;
		this.day = day;
		this.completedAt = completedAt;
	}

	static PayrollVisit of(VisitCompleted completed) {
		return new PayrollVisit(completed.visitId(), completed.patientId(), completed.doctorId(), completed.assistantId(),
				completed.day(), completed.completedAt());
	}

	UUID visitId() {
		return visitId;
	}

	UUID patientId() {
		return patientId;
	}

	UUID doctorId() {
		return doctorId;
	}

	UUID assistantId() {
		return assistantId;
	}

	LocalDate day() {
		return day;
	}

	Instant completedAt() {
		return completedAt;
	}
}
