package com.clubstom.finance;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;

/**
 * Hears of completed and amended visits and of salary paid at the cash desk, and keeps the payroll up to date. Each
 * runs after the publisher's commit in a transaction of its own; delivery is at least once (and again after a restart),
 * and a repeat changes nothing ({@link Payroll}).
 */
@Component
class PayFollowsTheWork {

	private final Payroll payroll;

	PayFollowsTheWork(Payroll payroll) {
		this.payroll = payroll;
	}

	@ApplicationModuleListener
	void on(VisitCompleted completed) {
		payroll.accrue(completed);
	}

	@ApplicationModuleListener
	void on(VisitAmended amended) {
		payroll.accrue(amended);
	}

	@ApplicationModuleListener
	void on(SalaryPaid paid) {
		payroll.recordPayout(paid);
	}
}
