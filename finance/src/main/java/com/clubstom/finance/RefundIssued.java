package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/** Money was returned to a patient (an unused advance, an overpayment), with the reason given. */
public record RefundIssued(UUID entryId, UUID patientId, Money amount, PaymentMethod method, String reason,
		String receiptNumber, LocalDate day, Instant at, String by) implements DomainEvent {
}
