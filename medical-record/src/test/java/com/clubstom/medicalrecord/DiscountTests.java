package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.Money;

/** A discount is typed as a percentage or an amount and always lands on a line as an amount exact to the kopeck. */
class DiscountTests {

	@Test
	void aPercentageIsRoundedHalfUpToTheKopeck() {
		var tenPercent = Discount.parse("10 %").orElseThrow();

		assertThat(tenPercent.on(Money.of("6500.00"))).isEqualTo(Money.of("650.00"));
		assertThat(Discount.parse("7,5%").orElseThrow().on(Money.of("333.33"))).isEqualTo(Money.of("25.00"));
	}

	@Test
	void anAmountIsTakenAsTypedAndBlankIsNone() {
		assertThat(Discount.parse("1 500,50").orElseThrow().on(Money.of("6500"))).isEqualTo(Money.of("1500.50"));
		assertThat(Discount.parse("  ").orElseThrow()).isEqualTo(Discount.NONE);
	}

	@Test
	void nonsenseAndImpossiblePercentagesAreNoDiscount() {
		assertThat(Discount.parse("десять")).isEmpty();
		assertThat(Discount.parse("150%").orElseThrow().isSensible()).isFalse();
		assertThat(Discount.parse("-5%").orElseThrow().isSensible()).isFalse();
	}
}
