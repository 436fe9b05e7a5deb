package com.clubstom.medicalrecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.clubstom.kernel.Money;

/**
 * A visit as the card's list shows it: the day, doctor, status, the procedures that stand and the sum, and how often it
 * was amended. Read without the notes and the amendments' details, so a patient with years of visits lists quickly.
 */
public record VisitSummary(UUID id, LocalDate day, Practitioner doctor, VisitStatus status, List<Procedure> procedures,
		List<Amendment> amendments) {

	public VisitSummary {
		procedures = procedures == null ? List.of() : procedures;
		amendments = amendments == null ? List.of() : amendments;
	}

	/** The procedures that stand: all but those withdrawn by amendments. */
	public List<Procedure> current() {
		return procedures.stream().filter(line -> !line.isWithdrawn()).toList();
	}

	public Money total() {
		return Money.sum(current().stream().map(Procedure::total).toList());
	}

	public int amendmentCount() {
		return amendments.size();
	}
}
