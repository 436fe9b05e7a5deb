package com.clubstom.finance;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.clubstom.kernel.Money;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Position;
import com.clubstom.staff.StaffMemberId;

/**
 * One person's pay for one month, as the accountant settles it and the doctor checks it: the fixed monthly salary, every
 * accrual with the visit that produced it (and the corrections of amendments), the payouts made from the cash desk, and
 * what is still owed. A read model made by {@link Payroll#statementOf}; nothing in it is stored.
 *
 * @param terms the terms the salary comes from (those in effect on the month's last day); {@code null} when none
 * @param salary the fixed monthly salary, zero without one
 * @param accruals what the visits earned, by day
 * @param payouts what was paid towards the month, by day
 */
public record PayrollStatement(StaffMemberId staffMember, String name, Position position, YearMonth month, PayTerms terms,
		Money salary, List<PayrollAccrual> accruals, List<SalaryPayout> payouts) {

	public PayrollStatement {
		accruals = List.copyOf(accruals);
		payouts = List.copyOf(payouts);
	}

	/** What the visits earned in the month, corrections included. */
	public Money earned() {
		return Money.sum(accruals.stream().map(PayrollAccrual::amount).toList());
	}

	/** What the visits earned for one component of the pay, net of corrections. */
	public Money subtotal(AccrualKind kind) {
		return Money.sum(accruals.stream().map(accrual -> accrual.amountOf(kind)).toList());
	}

	/** The components the month's visits earned anything for (or had taken back), in the order of {@link AccrualKind}. */
	public List<AccrualKind> kindsEarned() {
		return Arrays.stream(AccrualKind.values())
				.filter(kind -> accruals.stream().anyMatch(accrual -> accrual.lines().stream().anyMatch(line -> line.kind() == kind)))
				.toList();
	}

	/** The salary and everything the visits earned. */
	public Money accrued() {
		return salary.plus(earned());
	}

	public Money paid() {
		return Money.sum(payouts.stream().map(SalaryPayout::amount).toList());
	}

	/** Still to be paid for the month; negative when more was paid than accrued. */
	public Money owed() {
		return accrued().minus(paid());
	}

	public boolean isOverpaid() {
		return owed().isNegative();
	}
}
