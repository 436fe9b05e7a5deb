package com.clubstom.finance;

/** How money changes hands: at the till, by card, by bank transfer, or paid by the patient's insurer (ДМС). */
public enum PaymentMethod {

	CASH, CARD, TRANSFER, INSURANCE;

	/** Whether the money passes through the till, so that it counts in the cash balance. */
	public boolean isCash() {
		return this == CASH;
	}
}
