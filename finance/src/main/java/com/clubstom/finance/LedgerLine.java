package com.clubstom.finance;

import com.clubstom.kernel.Money;

/**
 * An entry as the account shows it: with the balance after it, and for a charge, how much of it the patient's advance
 * covered.
 */
public record LedgerLine(LedgerEntry entry, Money balanceAfter, Money fromAdvance) {

	public AccountBalance balance() {
		return new AccountBalance(balanceAfter);
	}
}
