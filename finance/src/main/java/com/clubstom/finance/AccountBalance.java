package com.clubstom.finance;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * Where a patient's account stands: the sum of its entries. Below zero the patient owes the clinic (a debt); above zero
 * the clinic holds the patient's money (an advance, applied to the next charges).
 */
@ValueObject
public record AccountBalance(Money balance) {

	public static final AccountBalance SETTLED = new AccountBalance(Money.ZERO);

	/** What the patient owes; zero when nothing. */
	public Money debt() {
		return balance.isNegative() ? balance.negate() : Money.ZERO;
	}

	/** What the clinic holds for the patient; zero when nothing. */
	public Money advance() {
		return balance.isPositive() ? balance : Money.ZERO;
	}

	public boolean owes() {
		return balance.isNegative();
	}

	public boolean hasAdvance() {
		return balance.isPositive();
	}

	public boolean isSettled() {
		return balance.isZero();
	}
}
