package com.clubstom.medicalrecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * A discount as the doctor or the front desk types it: a percentage ("10 %") or an amount in roubles ("500"). On a line
 * it always becomes an amount, rounded half up to the kopeck, so that totals add up exactly.
 */
@ValueObject
public record Discount(BigDecimal percent, Money amount) {

	public static final Discount NONE = new Discount(null, Money.ZERO);

	/** Empty when the text is neither a percentage nor an amount; blank is no discount. */
	public static Optional<Discount> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(NONE);
		}
		var text = typed.strip();
		if (text.endsWith("%")) {
			try {
				return Optional.of(new Discount(new BigDecimal(text.substring(0, text.length() - 1).strip().replace(',', '.')), null));
			}
			catch (NumberFormatException notANumber) {
				return Optional.empty();
			}
		}
		return Money.parse(text).map(money -> new Discount(null, money));
	}

	/** The discount on a line of {@code sum}. */
	public Money on(Money sum) {
		if (percent == null) {
			return amount;
		}
		return Money.of(sum.amount().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
	}

	/** A percentage outside 0–100 is no discount anyone means. */
	public boolean isSensible() {
		return percent == null ? amount.kopecks() >= 0
				: percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0;
	}
}
