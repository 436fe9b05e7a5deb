package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/**
 * Pay was handed to a staff member from the cash desk (or transferred), towards the month's payroll statement.
 *
 * @param operationId the cash desk operation that paid it
 * @param month the payroll month it settles, as {@code 2026-11}: a text, because the event publication registry stores
 *        events in MongoDB, which has no codec for {@code YearMonth}
 */
public record SalaryPaid(UUID operationId, UUID staffMemberId, String month, Money amount, PaymentMethod method,
		LocalDate day, Instant at, String by) implements DomainEvent {

	/** The payroll month as a month. */
	public YearMonth payrollMonth() {
		return YearMonth.parse(month);
	}
}
