package com.clubstom.staff;

import com.clubstom.kernel.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** What a person's pay terms may hold, and the money they are counted in. */
class PayTermsTests {

	@Test
	void termsNeedAtLeastOneComponent() {
		assertThat(PayTerms.none().violations()).containsExactly(new RuleViolation("components", "pay.terms.empty"));
		assertThat(PayTerms.none().withSalary(Money.roubles(45_000)).violations()).isEmpty();
		assertThat(PayTerms.none().withProductionShare(Percent.of("30"), ProductionBase.AFTER_DISCOUNT).violations()).isEmpty();
		assertThat(PayTerms.none().withServiceRate("A16.07.002", Money.of("1500.00")).violations()).isEmpty();
		assertThat(PayTerms.none().withAssistantShare(Percent.of("5")).violations()).isEmpty();
	}

	@Test
	void aDoctorMayHaveASalaryAPercentageAndPerServiceAmountsTogether() {
		var terms = PayTerms.none().withSalary(Money.of("15000")).withProductionShare(Percent.of("27.5"), ProductionBase.BEFORE_DISCOUNT)
				.withServiceRate(" a16.07.002 ", Money.of("1500")).withServiceRate("K-12", Money.of("300.5"));

		assertThat(terms.violations()).isEmpty();
		assertThat(terms.serviceRates()).extracting(ServiceRate::serviceCode).containsExactly("A16.07.002", "K-12");
		assertThat(terms.productionShare().value()).isEqualByComparingTo("27.5");
	}

	@Test
	void percentagesLieAbove0AndAtMost100() {
		assertThat(PayTerms.none().withProductionShare(Percent.of("100"), ProductionBase.AFTER_DISCOUNT).violations()).isEmpty();
		assertThat(PayTerms.none().withProductionShare(Percent.of("100.01"), ProductionBase.AFTER_DISCOUNT).violations())
				.containsExactly(new RuleViolation("productionShare", "pay.percent.out-of-range"));
		assertThat(PayTerms.none().withAssistantShare(Percent.of("0")).violations())
				.containsExactly(new RuleViolation("assistantShare", "pay.percent.out-of-range"));
		assertThatIllegalArgumentException().isThrownBy(() -> Percent.of("27.125"));
		assertThat(Percent.of("27.10").value()).isEqualTo(new BigDecimal("27.10"));
	}

	@Test
	void aPercentageNeedsItsBaseAndABaseWithoutAPercentageIsDropped() {
		assertThat(PayTerms.none().withProductionShare(Percent.of("30"), null).violations())
				.containsExactly(new RuleViolation("productionBase", "pay.production-base.required"));
		assertThat(PayTerms.none().withSalary(Money.roubles(1)).withProductionShare(null, ProductionBase.AFTER_DISCOUNT)
				.productionBase()).isNull();
	}

	@Test
	void amountsAreAboveZeroAndBelowATypingMistake() {
		assertThat(PayTerms.none().withSalary(Money.ZERO).violations())
				.containsExactly(new RuleViolation("salary", "pay.amount.not-positive"));
		assertThat(PayTerms.none().withSalary(Money.roubles(10_000_001)).violations())
				.containsExactly(new RuleViolation("salary", "pay.amount.too-large"));
		assertThat(PayTerms.none().withSalary(PayTerms.LARGEST_AMOUNT).violations()).isEmpty();
	}

	@Test
	void eachServiceRateIsCheckedAtItsPosition() {
		var terms = PayTerms.none().withServiceRate("A16.07.002", Money.of("1500")).withServiceRate("a16.07.002", Money.of("900"))
				.withServiceRate("", Money.of("-1")).withServiceRate("A16 07", null);

		assertThat(terms.violations()).containsExactly(
				new RuleViolation("serviceRates[1].serviceCode", "pay.service.code.duplicate"),
				new RuleViolation("serviceRates[2].serviceCode", "pay.service.code.required"),
				new RuleViolation("serviceRates[2].amount", "pay.amount.not-positive"),
				new RuleViolation("serviceRates[3].serviceCode", "pay.service.code.invalid"),
				new RuleViolation("serviceRates[3].amount", "pay.service.amount.required"));
	}

	@Test
	void moneyIsExactToTheKopeckRoundedHalfUp() {
		assertThat(Money.of("12500.005")).isEqualTo(Money.of("12500.01"));
		assertThat(Money.of("12500.004").amount()).isEqualTo(new BigDecimal("12500.00"));
		assertThat(Money.of(new BigDecimal("0.1")).plus(Money.of(new BigDecimal("0.2")))).isEqualTo(Money.of("0.30"));
		assertThat(Money.roubles(45_000).amount()).isEqualTo(new BigDecimal("45000.00"));
		assertThat(Money.of("12500.5").toString()).isEqualTo("12500.50");
	}

	@Test
	void aShareOfAnAmountIsRoundedHalfUpToTheKopeck() {
		assertThat(Percent.of("33.33").applyTo(Money.of("100.01"))).isEqualTo(Money.of("33.33"));
		assertThat(Percent.of("27.5").applyTo(Money.of("10000"))).isEqualTo(Money.of("2750.00"));
		// 5 % of 0.10 is 0.005: half a kopeck rounds up
		assertThat(Percent.of("5").applyTo(Money.of("0.10"))).isEqualTo(Money.of("0.01"));
	}
}
