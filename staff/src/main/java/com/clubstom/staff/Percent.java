package com.clubstom.staff;

import com.clubstom.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A percentage with at most two decimals ({@code 27.5 %}, {@code 33.33 %}), exact: stored as hundredths of a percent.
 * Whether it lies between 0 and 100 is a rule of what it is used for ({@link PayTerms}).
 *
 * @param hundredths the percentage times 100 ({@code 2750} for 27.5 %)
 */
@ValueObject
public record Percent(long hundredths) {

	/**
	 * @throws IllegalArgumentException when the value has more than two decimals ({@code 27.125})
	 */
	public static Percent of(BigDecimal value) {
		Objects.requireNonNull(value, "value");
		var stripped = value.stripTrailingZeros();
		if (stripped.scale() > 2) {
			throw new IllegalArgumentException("At most two decimals: " + value);
		}
		return new Percent(value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
	}

	/** {@code "27.5"}. */
	public static Percent of(String value) {
		return of(new BigDecimal(value));
	}

	/** The percentage with two decimals ({@code 27.50}). */
	public BigDecimal value() {
		return BigDecimal.valueOf(hundredths, 2);
	}

	/** Whether it is more than 0 and at most 100. */
	public boolean isAShare() {
		return hundredths > 0 && hundredths <= 100_00;
	}

	/** This share of an amount, rounded half up to the kopeck: 33.33 % of 100,01 ₽ is 33,33 ₽. */
	public Money applyTo(Money amount) {
		// a hundredth is exact; Money alone rounds, once
		return new Money(amount.amount().multiply(value()).movePointLeft(2), amount.currency());
	}

	@Override
	public String toString() {
		return value().stripTrailingZeros().toPlainString() + " %";
	}
}
