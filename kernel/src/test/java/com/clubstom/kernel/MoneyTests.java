package com.clubstom.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

	@ParameterizedTest(name = "\"{0}\" is {1} roubles")
	@CsvSource(delimiter = '|', value = { "12 500,50 ₽ | 12500.50", "12,500.50 | 12500.50", "12500.5 | 12500.50",
			"3 500 руб. | 3500.00", "7500 | 7500.00", "0,99 | 0.99", "-1 | -1.00" })
	void sumsAreReadAsTheFrontDeskTypesThem(String typed, String amount) {
		assertThat(Money.parse(typed)).contains(Money.of(amount));
	}

	@ParameterizedTest(name = "\"{0}\" is not a sum")
	@ValueSource(strings = { "", "  ", "abc", "12.505", "--100", "1e5", "12,50,00" })
	void whatIsNotASumOfRoublesAndKopecksIsRefused(String typed) {
		assertThat(Money.parse(typed)).isEmpty();
	}

	@Test
	void amountsAreShownInTheReadersLanguage() {
		assertThat(Money.of("12500").display(Locale.forLanguageTag("ru"))).isEqualTo("12\u00a0500,00\u00a0₽");
		assertThat(Money.of("12500").display(Locale.ENGLISH)).isEqualTo("12,500.00\u00a0₽");
	}

	@Test
	void roundingIsHalfUpToTheKopeck() {
		assertThat(Money.of("12500.005")).isEqualTo(Money.of("12500.01"));
	}

	@Test
	void ledgerArithmeticStaysExact() {
		var charge = Money.of("3500.50");
		assertThat(charge.negate()).isEqualTo(Money.of("-3500.50"));
		assertThat(charge.negate().abs()).isEqualTo(charge);
		assertThat(charge.minus(Money.of("3500.51"))).isEqualTo(Money.of("-0.01"));
		assertThat(Money.of("0.10").times(3)).isEqualTo(Money.of("0.30"));
		assertThat(Money.sum(java.util.List.of(Money.of("0.10"), Money.of("0.20")))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of("1").min(Money.of("-1"))).isEqualTo(Money.of("-1"));
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(charge.negate().isNegative()).isTrue();
	}

	@Test
	void theConstructorRoundsHalfUpToTwoDecimals() {
		assertThat(new Money(new BigDecimal("0.005"), Money.RUB).amount()).isEqualTo(new BigDecimal("0.01"));
		assertThat(new Money(new BigDecimal("-0.005"), Money.RUB).amount()).isEqualTo(new BigDecimal("-0.01"));
		assertThat(new Money(new BigDecimal("12500.004"), Money.RUB).amount()).isEqualTo(new BigDecimal("12500.00"));
		assertThat(new Money(new BigDecimal("7"), Money.RUB).amount().scale()).isEqualTo(2);
		assertThatNullPointerException().isThrownBy(() -> new Money(null, Money.RUB));
		assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
	}

	@Test
	void amountsAreInRoublesUnlessTold() {
		assertThat(Money.of("1").currency()).isEqualTo(Currency.getInstance("RUB"));
		assertThat(Money.roubles(1).currency()).isEqualTo(Currency.getInstance("RUB"));
		assertThat(Money.parse("1,50").orElseThrow().currency()).isEqualTo(Currency.getInstance("RUB"));
		assertThat(Money.ZERO.currency()).isEqualTo(Currency.getInstance("RUB"));
	}

	@Test
	void equalSumsAreEqualWhateverTheirScale() {
		assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).hasSameHashCodeAs(Money.of("1.50"));
		assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.of("1.5"));
		assertThat(Money.roubles(3)).isEqualTo(Money.of("3"));
		assertThat(Money.of("1.5").toString()).isEqualTo("1.50");
		assertThat(Money.of("1.5")).isNotEqualTo(new Money(new BigDecimal("1.5"), Currency.getInstance("USD")));
	}

	@Test
	void currenciesAreNeverMixed() {
		var dollars = new Money(new BigDecimal("10"), Currency.getInstance("USD"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10").plus(dollars));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10").minus(dollars));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10").compareTo(dollars));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10").min(dollars));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.sum(List.of(Money.of("10"), dollars)));
		// one currency other than roubles adds up in its own
		assertThat(dollars.plus(dollars).times(2)).isEqualTo(new Money(new BigDecimal("40"), Currency.getInstance("USD")));
		assertThat(Money.sum(List.of(dollars, dollars)).currency()).isEqualTo(Currency.getInstance("USD"));
		assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
	}

	@Test
	void anotherCurrencyIsShownByItsSymbolOrCode() {
		assertThat(new Money(new BigDecimal("10"), Currency.getInstance("USD")).display(Locale.US)).isEqualTo("10.00\u00a0$");
		assertThat(new Money(new BigDecimal("10"), Currency.getInstance("CHF")).display(Locale.forLanguageTag("ru")))
			.isEqualTo("10,00\u00a0CHF");
		assertThat(Money.of("10").display(Locale.US)).isEqualTo("10.00\u00a0₽");
	}
}
