package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/**
 * A patient paid: for treatment, or in advance ({@code deposit}) to be applied to later charges.
 *
 * @param entryId the ledger entry of the payment
 * @param insurer the insurer that paid, for {@link PaymentMethod#INSURANCE}; otherwise {@code null}
 * @param receiptNumber the number printed on the receipt
 */
public record PaymentReceived(UUID entryId, UUID patientId, Money amount, PaymentMethod method, String insurer,
		boolean deposit, String receiptNumber, LocalDate day, Instant at, String by) implements DomainEvent {
}
