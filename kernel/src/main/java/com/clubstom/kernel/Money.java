package com.clubstom.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in a currency (roubles unless told), exact to the kopeck and never computed with {@code double}.
 * MongoDB keeps it as {@code {amount: Decimal128, currency: "RUB"}} ({@code spring.data.mongodb.representation.big-decimal}
 * is {@code decimal128}). Amounts of different currencies are never added or compared.
 *
 * @param amount the amount, always with exactly two decimals
 * @param currency the currency, {@link #RUB} for every amount made without one
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public static final Currency RUB = Currency.getInstance("RUB");

	public static final Money ZERO = new Money(BigDecimal.ZERO, RUB);

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

	/**
	 * The one place amounts are rounded: half up to two decimals ({@code 12500.005} is {@code 12500.01}). Every amount,
	 * computed or read back from the database, passes here, so equal sums are equal records whatever scale they came with.
	 */
	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** The amount in roubles, rounded half up to the kopeck. */
	public static Money of(BigDecimal amount) {
		return new Money(amount, RUB);
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
		return of(BigDecimal.valueOf(roubles));
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public Money plus(Money other) {
		return new Money(amount.add(sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(sameCurrency(other).amount), currency);
	}

	/** The same sum with the opposite sign: what reverses it in a ledger. */
	public Money negate() {
		return new Money(amount.negate(), currency);
	}

	/** The sum without its sign. */
	public Money abs() {
		return isNegative() ? negate() : this;
	}

	/** This amount {@code times} times: a unit price by the quantity. */
	public Money times(long times) {
		return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
	}

	/** The smaller of the two. */
	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	/** The sum of the amounts (all in one currency); zero roubles for none. */
	public static Money sum(Collection<Money> amounts) {
		return amounts.stream().reduce(Money::plus).orElse(ZERO);
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(sameCurrency(other).amount);
	}

	/**
	 * As the clinic reads amounts: {@code 12 500,00 ₽} in Russian, {@code 12,500.00 ₽} in English; another currency by its
	 * symbol in that language, or its code where it has none ({@code 10.00 $}).
	 */
	public String display(Locale locale) {
		var symbol = RUB.equals(currency) ? "₽" : currency.getSymbol(locale);
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(amount) + "\u00a0" + symbol;
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
		return other;
	}
}
