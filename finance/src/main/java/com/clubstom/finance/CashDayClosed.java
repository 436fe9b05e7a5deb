package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/**
 * A business day of the cash desk was closed: its operations are locked, and corrections go into the next open day.
 *
 * @param openingCash the cash in the till when the day began
 * @param closingCash the cash in the till when it was closed
 * @param income everything taken that day, by any method
 * @param outgoings everything paid out that day, by any method
 */
public record CashDayClosed(LocalDate day, Money openingCash, Money closingCash, Money income, Money outgoings, Instant at,
		String by) implements DomainEvent {
}
