package com.clubstom.medicalrecord;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * What a line, a stage or a whole plan comes to: the sum at the plan's prices, the discount on it, and what the patient
 * pays (the sum less the discount). Totals add up line by line, exact to the kopeck, so a stage is exactly the sum of its
 * lines and the plan exactly the sum of its stages.
 */
@ValueObject
public record PlanTotals(Money sum, Money discount, Money toPay) {

	public static final PlanTotals NONE = new PlanTotals(Money.ZERO, Money.ZERO, Money.ZERO);

	/** A line of {@code quantity} at {@code unitPrice} less {@code discount}. */
	public static PlanTotals ofLine(Money unitPrice, int quantity, Money discount) {
		var sum = unitPrice.times(quantity);
		return new PlanTotals(sum, discount, sum.minus(discount));
	}

	public PlanTotals plus(PlanTotals other) {
		return new PlanTotals(sum.plus(other.sum), discount.plus(other.discount), toPay.plus(other.toPay));
	}

	public boolean hasDiscount() {
		return discount.isPositive();
	}
}
