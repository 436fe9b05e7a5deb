package com.clubstom.medicalrecord;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * A discount as the doctor gives it on a plan's line: a percentage of the line or an amount. A plan stores the amount
 * ({@link #on}); a percentage is turned into kopecks here and nowhere else, rounded half up.
 *
 * @param percent the percentage (0 to 100), or null for an amount
 * @param amount the amount, or null for a percentage
 */
@ValueObject
public record Discount(BigDecimal percent, Money amount) {

	public static final Discount NONE = new Discount(null, Money.ZERO);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static Discount percent(BigDecimal percent) {
		return new Discount(percent, null);
	}

	public static Discount amount(Money amount) {
		return new Discount(null, amount);
	}

	public boolean isPercent() {
		return percent != null;
	}

	/** The discount on a line summing to {@code line}, in kopecks (a percentage rounded half up). */
	public Money on(Money line) {
		if (percent == null) {
			return amount;
		}
		return Money.of(line.amount().multiply(percent).divide(HUNDRED, 4, RoundingMode.HALF_UP));
	}

	/** The broken rule of this discount on a line summing to {@code line}: its message code, or null when it is fine. */
	String violationOn(Money line) {
		if (percent != null) {
			return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 ? "plan.item.discount.percent-range" : null;
		}
		if (amount.kopecks() < 0) {
			return "plan.item.discount.negative";
		}
		return amount.compareTo(line) > 0 ? "plan.item.discount.too-large" : null;
	}
}
