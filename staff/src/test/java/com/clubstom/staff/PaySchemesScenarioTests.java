package com.clubstom.staff;

import com.clubstom.kernel.Money;
import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.clubstom.testing.AdjustableClock;

/** The owner or the accountant sets pay terms; payroll learns of every change from the event and asks what applies when. */
@ApplicationModuleTest
class PaySchemesScenarioTests {

	/** Monday 3 March 2025 in the clinic (Moscow), the day {@link AdjustableClock#MONDAY_MORNING} falls on. */
	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
	static final LocalDate FIRST_OF_MARCH = LocalDate.of(2025, 3, 1);
	static final LocalDate FIRST_OF_APRIL = LocalDate.of(2025, 4, 1);

	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired PaySchemes pay;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void newTermsAreAnnouncedWholeSoPayrollNeverCallsBack(Scenario scenario) {
		var doctor = new StaffMemberId(UUID.randomUUID());
		var terms = PayTerms.none().withSalary(Money.of("15000.50")).withProductionShare(Percent.of("27.5"), ProductionBase.AFTER_DISCOUNT)
				.withServiceRate("A16.07.002", Money.of("1500"));

		scenario.stimulate(() -> pay.setTerms(doctor, FIRST_OF_MARCH, terms, 0))
				.andWaitForEventOfType(PaySchemeChanged.class)
				.matching(changed -> changed.staffMemberId().equals(doctor))
				.toArriveAndVerify(changed -> {
					assertThat(changed.effectiveFrom()).isEqualTo(FIRST_OF_MARCH);
					assertThat(changed.terms()).isEqualTo(terms.from(FIRST_OF_MARCH));
					assertThat(changed.changedAt()).isEqualTo(MONDAY_MORNING);
					assertThat(changed.changedBy()).isEqualTo("system");
					// what was stored reads back exactly, to the kopeck
					assertThat(pay.effectiveOn(doctor, MONDAY)).contains(terms.from(FIRST_OF_MARCH));
					assertThat(pay.effectiveOn(doctor, FIRST_OF_MARCH.minusDays(1))).isEmpty();
				});
	}

	@Test
	void aRaiseFromNextMonthKeepsThisMonthsTermsInTheHistory(Scenario scenario) {
		var assistant = new StaffMemberId(UUID.randomUUID());
		var now = PayTerms.none().withSalary(Money.roubles(45_000)).withAssistantShare(Percent.of("5"));
		var raise = now.withSalary(Money.roubles(50_000));
		pay.setTerms(assistant, FIRST_OF_MARCH, now, 0);

		scenario.stimulate(() -> pay.setTerms(assistant, FIRST_OF_APRIL, raise, pay.payHistoryOf(assistant).version()))
				.andWaitForEventOfType(PaySchemeChanged.class)
				.matching(changed -> changed.staffMemberId().equals(assistant) && changed.effectiveFrom().equals(FIRST_OF_APRIL))
				.toArriveAndVerify(changed -> {
					assertThat(pay.history(assistant)).containsExactly(now.from(FIRST_OF_MARCH), raise.from(FIRST_OF_APRIL));
					assertThat(pay.effectiveOn(assistant, MONDAY).orElseThrow().salary()).isEqualTo(Money.roubles(45_000));
					assertThat(pay.effectiveOn(assistant, FIRST_OF_APRIL).orElseThrow().salary()).isEqualTo(Money.roubles(50_000));
				});
	}

	@Test
	void termsSetOnAHistorySeenAtAnOlderVersionAreRefused(AssertablePublishedEvents events) {
		var doctor = new StaffMemberId(UUID.randomUUID());
		var salary = PayTerms.none().withSalary(Money.roubles(60_000));
		pay.setTerms(doctor, FIRST_OF_MARCH, salary, 0);
		var seen = pay.payHistoryOf(doctor).version();
		pay.setTerms(doctor, FIRST_OF_APRIL, salary.withSalary(Money.roubles(65_000)), seen);

		assertThatExceptionOfType(PaySchemes.PaySchemeChangedMeanwhileException.class)
				.isThrownBy(() -> pay.setTerms(doctor, FIRST_OF_APRIL, salary.withSalary(Money.roubles(99_000)), seen));
		assertThatExceptionOfType(PaySchemes.PaySchemeChangedMeanwhileException.class)
				.as("a first save over a history someone else started")
				.isThrownBy(() -> pay.setTerms(doctor, FIRST_OF_APRIL, salary, 0));
		assertThat(pay.effectiveOn(doctor, FIRST_OF_APRIL).orElseThrow().salary()).isEqualTo(Money.roubles(65_000));
		assertThat(events.ofType(PaySchemeChanged.class).matching(changed -> changed.staffMemberId().equals(doctor))).hasSize(2);
	}

	@Test
	void refusedTermsChangeNothingAndAnnounceNothing(AssertablePublishedEvents events) {
		var doctor = new StaffMemberId(UUID.randomUUID());

		assertThatExceptionOfType(InvalidPayTermsException.class)
				.isThrownBy(() -> pay.setTerms(doctor, LocalDate.of(2025, 1, 31), PayTerms.none(), 0))
				.satisfies(refused -> assertThat(refused.violations()).containsExactly(
						new RuleViolation("effectiveFrom", "pay.effective-from.closed-month"),
						new RuleViolation("components", "pay.terms.empty")));

		assertThat(pay.history(doctor)).isEmpty();
		assertThat(pay.payHistoryOf(doctor).version()).isZero();
		assertThat(events.ofType(PaySchemeChanged.class).matching(changed -> changed.staffMemberId().equals(doctor))).isEmpty();
	}
}
