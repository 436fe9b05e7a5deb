package com.clubstom.staff;

import com.clubstom.kernel.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A person's pay over time: which terms apply on a date, and how new terms replace the later ones. */
class PayHistoryTests {

	static final Instant NOW = Instant.parse("2025-03-03T06:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	static final PayTerms THIRTY_PERCENT = PayTerms.none().withProductionShare(Percent.of("30"), ProductionBase.AFTER_DISCOUNT);
	static final PayTerms THIRTY_FIVE_PERCENT = PayTerms.none().withProductionShare(Percent.of("35"), ProductionBase.AFTER_DISCOUNT);
	static final PayTerms SALARY = PayTerms.none().withSalary(Money.roubles(50_000));

	final PayHistory history = PayHistory.emptyFor(new StaffMemberId(UUID.randomUUID()));

	@Test
	void nothingAppliesBeforeTheFirstTerms() {
		history.setTerms(LocalDate.of(2025, 3, 1), THIRTY_PERCENT, TODAY, NOW, "owner");

		assertThat(history.effectiveOn(LocalDate.of(2025, 2, 28))).isEmpty();
		assertThat(history.effectiveOn(LocalDate.of(2025, 3, 1))).contains(THIRTY_PERCENT.from(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void eachDateGetsTheLatestTermsEffectiveOnOrBeforeIt() {
		history.setTerms(LocalDate.of(2025, 2, 1), SALARY, TODAY, NOW, "owner");
		history.setTerms(LocalDate.of(2025, 4, 1), THIRTY_PERCENT, TODAY, NOW, "owner");
		history.setTerms(LocalDate.of(2025, 9, 1), THIRTY_FIVE_PERCENT, TODAY, NOW, "accountant");

		assertThat(history.effectiveOn(LocalDate.of(2025, 2, 1)).orElseThrow().salary()).isEqualTo(Money.roubles(50_000));
		assertThat(history.effectiveOn(LocalDate.of(2025, 3, 31)).orElseThrow().salary()).isEqualTo(Money.roubles(50_000));
		assertThat(history.effectiveOn(LocalDate.of(2025, 4, 1)).orElseThrow().productionShare()).isEqualTo(Percent.of("30"));
		assertThat(history.effectiveOn(LocalDate.of(2025, 8, 31)).orElseThrow().productionShare()).isEqualTo(Percent.of("30"));
		assertThat(history.effectiveOn(LocalDate.of(2030, 1, 1)).orElseThrow().productionShare()).isEqualTo(Percent.of("35"));
		assertThat(history.entries()).extracting(PayTerms::effectiveFrom)
				.containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 1));
		assertThat(history.changedBy()).isEqualTo("accountant");
	}

	@Test
	void newTermsReplaceTheTermsFromTheirDateOnAndKeepTheEarlierOnes() {
		history.setTerms(LocalDate.of(2025, 2, 1), SALARY, TODAY, NOW, "owner");
		history.setTerms(LocalDate.of(2025, 4, 1), THIRTY_PERCENT, TODAY, NOW, "owner");
		history.setTerms(LocalDate.of(2025, 6, 1), THIRTY_FIVE_PERCENT, TODAY, NOW, "owner");

		history.setTerms(LocalDate.of(2025, 3, 15), THIRTY_FIVE_PERCENT, TODAY, NOW, "owner");

		assertThat(history.entries()).extracting(PayTerms::effectiveFrom)
				.containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 15));
		assertThat(history.effectiveOn(LocalDate.of(2025, 3, 14)).orElseThrow().salary()).isNotNull();
		assertThat(history.effectiveOn(LocalDate.of(2025, 4, 1)).orElseThrow().productionShare()).isEqualTo(Percent.of("35"));
	}

	@Test
	void termsFromTheSameDateReplaceThoseOfTheDay() {
		history.setTerms(LocalDate.of(2025, 4, 1), THIRTY_PERCENT, TODAY, NOW, "owner");
		history.setTerms(LocalDate.of(2025, 4, 1), SALARY, TODAY, NOW, "owner");

		assertThat(history.entries()).containsExactly(SALARY.from(LocalDate.of(2025, 4, 1)));
	}

	@Test
	void closedMonthsAreNotRewrittenAndTheFarFutureIsATypingMistake() {
		assertThat(PayHistory.earliestEffectiveFrom(TODAY)).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(PayHistory.check(LocalDate.of(2025, 2, 1), SALARY, TODAY)).isEmpty();
		assertThat(PayHistory.check(LocalDate.of(2025, 1, 31), SALARY, TODAY))
				.containsExactly(new RuleViolation("effectiveFrom", "pay.effective-from.closed-month"));
		assertThat(PayHistory.check(LocalDate.of(2026, 3, 3), SALARY, TODAY)).isEmpty();
		assertThat(PayHistory.check(LocalDate.of(2026, 3, 4), SALARY, TODAY))
				.containsExactly(new RuleViolation("effectiveFrom", "pay.effective-from.too-far"));
		assertThat(PayHistory.check(null, PayTerms.none(), TODAY)).containsExactly(
				new RuleViolation("effectiveFrom", "pay.effective-from.required"), new RuleViolation("components", "pay.terms.empty"));
		// on 1 January the previous month is December of last year
		assertThat(PayHistory.earliestEffectiveFrom(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 1));
	}

	@Test
	void refusedTermsChangeNothing() {
		history.setTerms(LocalDate.of(2025, 3, 1), SALARY, TODAY, NOW, "owner");

		assertThatExceptionOfType(InvalidPayTermsException.class)
				.isThrownBy(() -> history.setTerms(LocalDate.of(2025, 1, 1), THIRTY_PERCENT, TODAY, NOW, "owner"))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new RuleViolation("effectiveFrom", "pay.effective-from.closed-month")));
		assertThat(history.entries()).containsExactly(SALARY.from(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void theVersionIsZeroUntilTheFirstSave() {
		assertThat(history.version()).isZero();
		assertThat(history.isEmpty()).isTrue();
	}
}
