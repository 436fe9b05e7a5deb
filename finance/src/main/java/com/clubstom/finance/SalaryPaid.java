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
 * @param month the payroll month it settles
 */
public record SalaryPaid(UUID operationId, UUID staffMemberId, YearMonth month, Money amount, PaymentMethod method,
		LocalDate day, Instant at, String by) implements DomainEvent {
}
