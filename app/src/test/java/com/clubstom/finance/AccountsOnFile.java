package com.clubstom.finance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.patients.PatientId;

/**
 * Patients' accounts for the application's tests: a visit charged as the medical record's event would charge it, without
 * waiting for the event's delivery.
 */
@Component
public class AccountsOnFile {

	private final PatientAccounts accounts;

	AccountsOnFile(PatientAccounts accounts) {
		this.accounts = accounts;
	}

	/** A consultation (2 000 ₽) and a filling on 36 (6 500 ₽ less 650 ₽) charged today: the patient owes 7 850 ₽. */
	public VisitCompleted aVisitCharged(PatientId patient, UUID doctor) {
		var visit = new VisitCompleted(UUID.randomUUID(), UUID.randomUUID(), patient.value(), doctor, null, accounts.today(),
				Instant.now(),
				List.of(procedure("B01.065.001", "Приём врача-стоматолога первичный", null, "2000", "0"),
						procedure("A16.07.002.001", "Восстановление зуба пломбой", 36, "6500", "650")),
				"orlov");
		accounts.charge(Charge.of(visit));
		return visit;
	}

	private static PerformedProcedure procedure(String code, String name, Integer tooth, String price, String discount) {
		return new PerformedProcedure(UUID.randomUUID(), code, name, tooth, tooth == null ? null : "O", 1, Money.of(price),
				Money.of(discount), null, null);
	}
}
