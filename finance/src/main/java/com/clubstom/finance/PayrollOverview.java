package com.clubstom.finance;

import java.time.YearMonth;
import java.util.List;

import com.clubstom.kernel.Money;

/** The month's payroll for the whole clinic: a line per person, and the clinic's totals. */
public record PayrollOverview(YearMonth month, List<PayrollSummary> people) {

	public PayrollOverview {
		people = List.copyOf(people);
	}

	public Money accrued() {
		return Money.sum(people.stream().map(PayrollSummary::accrued).toList());
	}

	public Money paid() {
		return Money.sum(people.stream().map(PayrollSummary::paid).toList());
	}

	public Money owed() {
		return Money.sum(people.stream().map(PayrollSummary::owed).toList());
	}
}
