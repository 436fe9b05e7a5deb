package com.clubstom.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in the clinic's currency (roubles), exact to the kopeck: every amount is rounded half up to two
 * decimals when it is made, never computed with {@code double}. Stored as whole kopecks, so the database needs no
 * decimal type and sums stay exact.
 *
 * @param kopecks the amount in hundredths of a rouble
 */
@ValueObject
public record Money(long kopecks) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	/** The amount rounded half up to the kopeck: {@code 12500.005} is {@code 12 500,01}. */
	public static Money of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		return new Money(amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
	}

	/** {@code "12500.50"}: a plain decimal with a dot, as code writes amounts. */
	public static Money of(String amount) {
		return of(new BigDecimal(amount));
	}

	public static Money roubles(long roubles) {
		return new Money(Math.multiplyExact(roubles, 100));
	}

	/** The amount with exactly two decimals. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(kopecks, 2);
	}

	public boolean isPositive() {
		return kopecks > 0;
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(kopecks, other.kopecks));
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(kopecks, other.kopecks);
	}

	@Override
	public String toString() {
		return amount().toPlainString();
	}
}
