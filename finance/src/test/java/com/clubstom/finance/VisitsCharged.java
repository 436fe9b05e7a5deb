package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.patients.PatientId;

/** Completed visits as the medical record announces them, for finance's tests. */
final class VisitsCharged {

	private VisitsCharged() {
	}

	/** A consultation (2 000 ₽) and a filling on 36 (6 500 ₽ less 10 %): 7 850 ₽ to pay. */
	static VisitCompleted aFillingOn36(PatientId patient, UUID doctor, UUID assistant, LocalDate day) {
		return new VisitCompleted(UUID.randomUUID(), UUID.randomUUID(), patient.value(), doctor, assistant, day, Instant.now(),
				List.of(procedure("B01.065.001", "Приём врача-стоматолога первичный", null, "2000", "0"),
						procedure("A16.07.002.001", "Восстановление зуба пломбой", 36, "6500", "650")),
				"orlov");
	}

	static PerformedProcedure procedure(String code, String name, Integer tooth, String price, String discount) {
		return new PerformedProcedure(UUID.randomUUID(), code, name, tooth, tooth == null ? null : "O", 1, Money.of(price),
				Money.of(discount), null, null);
	}
}
