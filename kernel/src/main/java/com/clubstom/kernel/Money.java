package com.clubstom.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

	/** The amount rounded half up to the kopeck: {@code 12500.005} is {@code 12 500,01}. */
	public static Money of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		return new Money(amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
	}

	/** {@code "12500.50"}: a plain decimal with a dot, as code writes amounts. */
	public static Money of(String amount) {
		return of(new BigDecimal(amount));
	}

	/**
	 * A sum as people type it: {@code "12 500,50 ₽"}, {@code "12,500.50"}, {@code "12500.5"} or {@code "3 500 руб."}.
	 * Empty when it is not a sum of roubles and kopecks (letters, more than two decimals). A minus sign is read, not judged:
	 * whether a negative sum is allowed (a refund, yes; a price, no) is the caller's rule.
	 */
	public static Optional<Money> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		var text = typed.replaceAll("[\\s\u00a0\u202f₽]", "").replace("руб.", "").replace("р.", "");
		// both separators: the comma groups thousands ("12,500.50"); one comma alone is the Russian decimal sign
		text = text.contains(".") && text.contains(",") ? text.replace(",", "") : text.replace(',', '.');
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of(of(new BigDecimal(text)));
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

	public boolean isNegative() {
		return kopecks < 0;
	}

	public boolean isZero() {
		return kopecks == 0;
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(kopecks, other.kopecks));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(kopecks, other.kopecks));
	}

	/** The same sum with the opposite sign: what reverses it in a ledger. */
	public Money negate() {
		return new Money(Math.negateExact(kopecks));
	}

	/** The sum without its sign. */
	public Money abs() {
		return kopecks < 0 ? negate() : this;
	}

	/** This amount {@code times} times: a unit price by the quantity. */
	public Money times(long times) {
		return new Money(Math.multiplyExact(kopecks, times));
	}

	/** The smaller of the two. */
	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	/** The sum of the amounts; zero for none. */
	public static Money sum(java.util.Collection<Money> amounts) {
		return amounts.stream().reduce(ZERO, Money::plus);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(kopecks, other.kopecks);
	}

	/** As the clinic reads amounts: {@code 12 500,00 ₽} in Russian, {@code 12,500.00 ₽} in English. */
	public String display(Locale locale) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(amount()) + "\u00a0₽";
	}

	@Override
	public String toString() {
		return amount().toPlainString();
	}
}
