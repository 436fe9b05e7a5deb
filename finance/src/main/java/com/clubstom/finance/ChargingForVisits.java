package com.clubstom.finance;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;

/**
 * Charges patients for their visits: a completed visit's procedures once, however often the event is delivered (again
 * after a restart, too); an amendment's added procedures are charged and its withdrawn ones taken back, on the day of the
 * amendment.
 * <p>
 * Not an {@code @ApplicationModuleListener}: that would wrap the charge in a transaction of its own, and a charge that
 * collides with a payment on the same account must be retried in a fresh transaction ({@link Retries}), which
 * {@link PatientAccounts#charge} opens itself. The event publication registry tracks these listeners all the same.
 */
@Component
class ChargingForVisits {

	private final PatientAccounts accounts;
	private final ClinicCalendar calendar;

	ChargingForVisits(PatientAccounts accounts, ClinicCalendar calendar) {
		this.accounts = accounts;
		this.calendar = calendar;
	}

	@Async
	@TransactionalEventListener
	void on(VisitCompleted visit) {
		accounts.charge(Charge.of(visit));
	}

	@Async
	@TransactionalEventListener
	void on(VisitAmended amendment) {
		var day = calendar.dayOf(amendment.at());
		accounts.charge(Charge.added(amendment, day));
		accounts.charge(Charge.withdrawn(amendment, day));
	}
}
