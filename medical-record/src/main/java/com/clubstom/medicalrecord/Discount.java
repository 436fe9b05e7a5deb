package com.clubstom.medicalrecord;

import java.math.BigDecimal;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * A discount as the doctor or the front desk gives it on a line of a plan or a visit: a percentage of the line or an
 * amount in roubles. Plans and visits store the amount ({@link #on}); a percentage is turned into an amount here and
 * nowhere else, rounded half up to the kopeck (by {@link Money}), so that totals add up exactly.
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

	/** As typed: "10 %" or "7,5%" is a percentage, "500" or "1 500,50" an amount; blank is none; anything else empty. */
	public static Optional<Discount> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(NONE);
		}
		var text = typed.strip();
		if (text.endsWith("%")) {
			try {
				return Optional.of(percent(new BigDecimal(text.substring(0, text.length() - 1).strip().replace(',', '.'))));
			}
			catch (NumberFormatException notANumber) {
				return Optional.empty();
			}
		}
		return Money.parse(text).map(Discount::amount);
	}

	public boolean isPercent() {
		return percent != null;
	}

	/** The discount on a line summing to {@code line}: an amount, or the percentage of the line rounded half up. */
	public Money on(Money line) {
		if (percent == null) {
			return amount;
		}
		// a hundredth is exact; Money alone rounds, once
		return new Money(line.amount().multiply(percent).movePointLeft(2), line.currency());
	}

	/** A percentage outside 0–100, or a negative amount, is no discount anyone means. */
	public boolean isSensible() {
		return percent == null ? !amount.isNegative() : percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
	}

	/** The broken rule of this discount on a plan's line summing to {@code line}: its message code, or null when fine. */
	String violationOn(Money line) {
		if (percent != null) {
			return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 ? "plan.item.discount.percent-range" : null;
		}
		if (amount.isNegative()) {
			return "plan.item.discount.negative";
		}
		return amount.compareTo(line) > 0 ? "plan.item.discount.too-large" : null;
	}
}
