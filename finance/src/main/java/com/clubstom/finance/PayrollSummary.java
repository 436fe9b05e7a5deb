package com.clubstom.finance;

import com.clubstom.kernel.Money;
import com.clubstom.staff.Position;
import com.clubstom.staff.StaffMemberId;

/**
 * One person's line of the month's payroll: salary and what the visits earned, paid, and still owed (negative when
 * overpaid). A read model, as {@link PayrollOverview} lists it.
 */
public record PayrollSummary(StaffMemberId staffMember, String name, Position position, Money salary, Money earned,
		Money paid) {

	public Money accrued() {
		return salary.plus(earned);
	}

	public Money owed() {
		return accrued().minus(paid);
	}

	static PayrollSummary of(PayrollStatement statement) {
		return new PayrollSummary(statement.staffMember(), statement.name(), statement.position(), statement.salary(),
				statement.earned(), statement.paid());
	}
}
