package com.clubstom.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * What someone asks to write on a patient's account: the kind, the sum (always positive; the kind gives the sign), how
 * the money moved, and why. {@link #violations()} names what is wrong beside the form's fields.
 *
 * @param method how the money moved, for payments, deposits and refunds
 * @param insurer who paid, for {@link PaymentMethod#INSURANCE}
 * @param reference the entry this one reverses or corrects, if any
 * @param comment the reason; required for refunds, discounts and corrections
 */
@ValueObject
public record Posting(EntryKind kind, Money amount, PaymentMethod method, String insurer, UUID reference, String comment) {

	/** A single entry above this is a typing mistake (an extra zero or two). */
	public static final Money LARGEST_AMOUNT = Money.roubles(10_000_000);

	public Posting {
		insurer = blankToNull(insurer);
		comment = blankToNull(comment);
		method = kind != null && kind.movesMoney() ? method : null;
		insurer = method == PaymentMethod.INSURANCE ? insurer : null;
	}

	public static Posting payment(Money amount, PaymentMethod method) {
		return new Posting(EntryKind.PAYMENT, amount, method, null, null, null);
	}

	public static Posting deposit(Money amount, PaymentMethod method) {
		return new Posting(EntryKind.DEPOSIT, amount, method, null, null, null);
	}

	public static Posting refund(Money amount, PaymentMethod method, String reason) {
		return new Posting(EntryKind.REFUND, amount, method, null, null, reason);
	}

	public Posting byInsurer(String insurer) {
		return new Posting(kind, amount, method, insurer, reference, comment);
	}

	public Posting withComment(String comment) {
		return new Posting(kind, amount, method, insurer, reference, comment);
	}

	/** What is wrong with the posting on its own; the account's rules (a refund within the advance) come on top. */
	public List<Violation> violations() {
		var violations = new ArrayList<Violation>();
		if (kind == null || kind == EntryKind.CHARGE || kind == EntryKind.CHARGE_WITHDRAWN) {
			violations.add(new Violation("kind", "finance.kind.required")); // charges come from visits only
		}
		if (amount == null) {
			violations.add(new Violation("amount", "finance.amount.required"));
		}
		else if (!amount.isPositive()) {
			violations.add(new Violation("amount", "finance.amount.not-positive"));
		}
		else if (amount.compareTo(LARGEST_AMOUNT) > 0) {
			violations.add(new Violation("amount", "finance.amount.too-large"));
		}
		if (kind != null && kind.movesMoney() && method == null) {
			violations.add(new Violation("method", "finance.method.required"));
		}
		if (method == PaymentMethod.INSURANCE && insurer == null) {
			violations.add(new Violation("insurer", "finance.insurer.required"));
		}
		if (kind != null && needsAReason(kind) && comment == null) {
			violations.add(new Violation("comment", "finance.reason.required"));
		}
		if (comment != null && comment.length() > 500) {
			violations.add(new Violation("comment", "finance.comment.too-long"));
		}
		return violations;
	}

	private static boolean needsAReason(EntryKind kind) {
		return kind == EntryKind.REFUND || kind == EntryKind.DISCOUNT || kind == EntryKind.CORRECTION_CREDIT
				|| kind == EntryKind.CORRECTION_DEBIT;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
