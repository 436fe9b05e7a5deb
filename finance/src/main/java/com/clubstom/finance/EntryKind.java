package com.clubstom.finance;

/**
 * What a ledger entry records. Entries carry a signed amount from the patient's side: what the patient owes is negative
 * (a charge; money handed back), what settles it is positive (a payment, an advance, a discount, a withdrawn charge).
 */
public enum EntryKind {

	/** The procedures of a visit, at their prices less the discounts. */
	CHARGE(-1),
	/** A charge taken back because an amendment withdrew its procedures. */
	CHARGE_WITHDRAWN(1),
	/** A payment for treatment. */
	PAYMENT(1),
	/** Money paid in advance, kept on the account and applied to later charges. */
	DEPOSIT(1),
	/** Money handed back to the patient. */
	REFUND(-1),
	/** A discount given after the charge: reduces what is owed. */
	DISCOUNT(1),
	/** A correction in the patient's favour (a charge made in error). */
	CORRECTION_CREDIT(1),
	/** A correction against the patient (a payment recorded in error). */
	CORRECTION_DEBIT(-1);

	private final int sign;

	EntryKind(int sign) {
		this.sign = sign;
	}

	/** +1 when the entry settles what the patient owes, -1 when it adds to it. */
	public int sign() {
		return sign;
	}

	/** Whether money changed hands, so that the till or the bank sees it and a receipt is printed. */
	public boolean movesMoney() {
		return this == PAYMENT || this == DEPOSIT || this == REFUND;
	}
}
