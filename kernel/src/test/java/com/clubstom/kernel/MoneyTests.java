package com.clubstom.kernel;

import static org.assertj.core.api.Assertions.assertThat;

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
}
