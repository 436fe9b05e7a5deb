package com.clubstom.finance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * An operation as the cash desk's form sends it. {@link #violations()} are the rules of the operation alone; whether the
 * till holds enough cash is the {@link CashDesk}'s.
 *
 * @param staffMemberId who is paid, for a salary payout
 * @param payrollMonth the month a salary payout settles
 */
@ValueObject
public record CashRequest(CashKind kind, CashCategory category, Money amount, PaymentMethod method, String comment,
		UUID staffMemberId, YearMonth payrollMonth) {

	public CashRequest {
		comment = comment == null || comment.isBlank() ? null : comment.strip();
		staffMemberId = kind == CashKind.SALARY ? staffMemberId : null;
		payrollMonth = kind == CashKind.SALARY ? payrollMonth : null;
	}

	public List<Violation> violations() {
		var violations = new ArrayList<Violation>();
		if (kind == null || !CashKind.enteredAtTheDesk().contains(kind)) {
			violations.add(new Violation("kind", "cash.kind.required"));
		}
		if (category == null || kind != null && category.kind() != kind) {
			violations.add(new Violation("category", "cash.category.required"));
		}
		if (amount == null) {
			violations.add(new Violation("amount", "finance.amount.required"));
		}
		else if (!amount.isPositive()) {
			violations.add(new Violation("amount", "finance.amount.not-positive"));
		}
		else if (amount.compareTo(Posting.LARGEST_AMOUNT) > 0) {
			violations.add(new Violation("amount", "finance.amount.too-large"));
		}
		if (method == null || method == PaymentMethod.INSURANCE) {
			violations.add(new Violation("method", "finance.method.required"));
		}
		else if (kind == CashKind.BANK_DEPOSIT && !method.isCash()) {
			violations.add(new Violation("method", "cash.bank-deposit.cash-only"));
		}
		if (kind == CashKind.SALARY && staffMemberId == null) {
			violations.add(new Violation("staffMemberId", "cash.salary.staff-required"));
		}
		if (kind == CashKind.SALARY && payrollMonth == null) {
			violations.add(new Violation("payrollMonth", "cash.salary.month-required"));
		}
		if (kind != null && !kind.isIncome() && kind != CashKind.SALARY && kind != CashKind.BANK_DEPOSIT && comment == null) {
			violations.add(new Violation("comment", "cash.comment.required")); // what was bought or paid for
		}
		if (comment != null && comment.length() > 500) {
			violations.add(new Violation("comment", "finance.comment.too-long"));
		}
		return violations;
	}
}
