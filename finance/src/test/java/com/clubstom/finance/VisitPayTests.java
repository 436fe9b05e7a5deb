package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.ProductionBase;

/** What a visit's procedures earn the doctor and the assistant under their terms: each component, rounding, no terms. */
class VisitPayTests {

	private static final UUID DOCTOR = UUID.randomUUID();
	private static final UUID ASSISTANT = UUID.randomUUID();
	private static final UUID ANOTHER_ASSISTANT = UUID.randomUUID();
	private static final String SOURCE = "visit:" + UUID.randomUUID();

	static PerformedProcedure procedure(String code, String price, int quantity, String discount, UUID assistant) {
		return new PerformedProcedure(UUID.randomUUID(), code, "Услуга " + code, 36, "O", quantity, Money.of(price),
				discount == null ? null : Money.of(discount), assistant, null);
	}

	static PerformedProcedure filling() {
		return procedure("A16.07.002.001", "6500", 1, "650", null);
	}

	private static Map<UUID, List<AccrualLine>> earned(Map<UUID, PayTerms> terms, UUID visitAssistant,
			PerformedProcedure... procedures) {
		return VisitPay.earned(SOURCE, DOCTOR, visitAssistant, List.of(procedures),
				person -> Optional.ofNullable(terms.get(person)));
	}

	private static PayTerms share(String percent, ProductionBase base) {
		return PayTerms.none().withProductionShare(Percent.of(percent), base);
	}

	@Test
	void theDoctorEarnsTheirShareOfThePriceAfterTheDiscount() {
		var lines = earned(Map.of(DOCTOR, share("30", ProductionBase.AFTER_DISCOUNT)), null, filling()).get(DOCTOR);

		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(AccrualKind.PRODUCTION_SHARE);
			assertThat(line.basis()).isEqualTo(Money.of("5850"));
			assertThat(line.percent()).isEqualByComparingTo(new BigDecimal("30"));
			assertThat(line.amount()).isEqualTo(Money.of("1755"));
			assertThat(line.code()).isEqualTo("A16.07.002.001");
			assertThat(line.tooth()).isEqualTo(36);
			assertThat(line.procedure()).isEqualTo(SOURCE + "#0");
			assertThat(line.isReversal()).isFalse();
		});
	}

	@Test
	void orOfThePriceBeforeTheDiscountWhenTheirTermsSaySo() {
		var lines = earned(Map.of(DOCTOR, share("30", ProductionBase.BEFORE_DISCOUNT)), null, filling()).get(DOCTOR);

		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.basis()).isEqualTo(Money.of("6500"));
			assertThat(line.amount()).isEqualTo(Money.of("1950"));
		});
	}

	@Test
	void theShareIsOfThePriceTimesTheQuantity() {
		var anaesthesia = procedure("A11.07.022", "400", 3, "200", null);

		var lines = earned(Map.of(DOCTOR, share("25", ProductionBase.AFTER_DISCOUNT)), null, anaesthesia).get(DOCTOR);

		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.basis()).isEqualTo(Money.of("1000"));
			assertThat(line.amount()).isEqualTo(Money.of("250"));
			assertThat(line.quantity()).isEqualTo(3);
		});
	}

	@Test
	void aServiceWithAFixedRateEarnsTheRateTimesTheQuantityInsteadOfTheShare() {
		var terms = share("30", ProductionBase.AFTER_DISCOUNT).withServiceRate("a16.07.002.001", Money.of("1500"));
		var twoFillings = procedure(" a16.07.002.001", "6500", 2, "1000", null);
		var consultation = procedure("B01.065.001", "2000", 1, null, null);

		var lines = earned(Map.of(DOCTOR, terms), null, twoFillings, consultation).get(DOCTOR);

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).satisfies(line -> {
			assertThat(line.kind()).isEqualTo(AccrualKind.SERVICE_RATE);
			assertThat(line.perService()).isEqualTo(Money.of("1500"));
			assertThat(line.percent()).isNull();
			assertThat(line.basis()).isEqualTo(Money.of("12000"));
			assertThat(line.amount()).isEqualTo(Money.of("3000"));
		});
		assertThat(lines.get(1)).satisfies(line -> {
			assertThat(line.kind()).isEqualTo(AccrualKind.PRODUCTION_SHARE);
			assertThat(line.amount()).isEqualTo(Money.of("600"));
		});
	}

	@Test
	void ratesAloneLeaveOtherServicesUnpaid() {
		var terms = PayTerms.none().withServiceRate("A16.07.002.001", Money.of("1500"));

		var lines = earned(Map.of(DOCTOR, terms), null, filling(), procedure("B01.065.001", "2000", 1, null, null)).get(DOCTOR);

		assertThat(lines).extracting(AccrualLine::kind).containsExactly(AccrualKind.SERVICE_RATE);
	}

	@Test
	void theVisitsAssistantEarnsTheirShareOfThePriceAfterTheDiscountAndTheProceduresOwnAssistantTakesPrecedence() {
		var terms = Map.of(DOCTOR, share("30", ProductionBase.BEFORE_DISCOUNT),
				ASSISTANT, PayTerms.none().withSalary(Money.roubles(45_000)).withAssistantShare(Percent.of("5")),
				ANOTHER_ASSISTANT, PayTerms.none().withAssistantShare(Percent.of("10")));
		var assistedByAnother = procedure("A16.07.002.001", "3000", 1, null, ANOTHER_ASSISTANT);

		var earned = earned(terms, ASSISTANT, filling(), assistedByAnother);

		assertThat(earned.get(ASSISTANT)).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(AccrualKind.ASSISTANT_SHARE);
			assertThat(line.basis()).isEqualTo(Money.of("5850"));
			assertThat(line.amount()).isEqualTo(Money.of("292.50"));
			assertThat(line.procedure()).isEqualTo(SOURCE + "#0");
		});
		assertThat(earned.get(ANOTHER_ASSISTANT)).singleElement()
				.satisfies(line -> assertThat(line.amount()).isEqualTo(Money.of("300")));
		assertThat(earned.get(DOCTOR)).extracting(AccrualLine::amount).containsExactly(Money.of("1950"), Money.of("900"));
	}

	@Test
	void aDoctorIsNotTheirOwnAssistant() {
		var terms = Map.of(DOCTOR, share("30", ProductionBase.AFTER_DISCOUNT).withAssistantShare(Percent.of("5")));

		var earned = earned(terms, DOCTOR, filling());

		assertThat(earned.get(DOCTOR)).extracting(AccrualLine::kind).containsExactly(AccrualKind.PRODUCTION_SHARE);
	}

	@Test
	void sharesAreRoundedHalfUpToTheKopeckOnEachLine() {
		var terms = Map.of(DOCTOR, share("33.33", ProductionBase.AFTER_DISCOUNT));

		var lines = earned(terms, null, procedure("X-1", "100.01", 1, null, null), procedure("X-2", "0.15", 1, null, null))
				.get(DOCTOR);

		// 33.33 % of 100.01 is 33.333333 and of 0.15 is 0.049995: 33.33 and 0.05
		assertThat(lines).extracting(AccrualLine::amount).containsExactly(Money.of("33.33"), Money.of("0.05"));
	}

	@Test
	void someoneWithoutTermsOrWithASalaryAloneEarnsNoLines() {
		var salaryOnly = Map.of(ASSISTANT, PayTerms.none().withSalary(Money.roubles(45_000)));

		assertThat(earned(Map.of(), ASSISTANT, filling())).isEmpty();
		assertThat(earned(salaryOnly, ASSISTANT, filling())).isEmpty();
	}

	@Test
	void aFreeProcedureEarnsNothing() {
		var free = procedure("B01.065.002", "1500", 1, "1500", null);

		assertThat(earned(Map.of(DOCTOR, share("30", ProductionBase.AFTER_DISCOUNT)), null, free)).isEmpty();
	}

	@Test
	void theSameProcedureReadsTheSameInAVisitAndInItsAmendment() {
		var done = filling();
		var again = new PerformedProcedure(done.serviceId(), done.code(), done.name(), done.tooth(), done.surfaces(),
				done.quantity(), Money.of("6500.00"), Money.of("650.0"), done.assistantId(), done.planItemId());

		assertThat(VisitPay.fingerprint(again)).isEqualTo(VisitPay.fingerprint(done));
		assertThat(VisitPay.fingerprint(procedure("A16.07.002.001", "6500", 2, "650", null)))
				.isNotEqualTo(VisitPay.fingerprint(done));
	}

	@Test
	void aReversalTakesBackTheLineAndNamesIt() {
		var line = earned(Map.of(DOCTOR, share("30", ProductionBase.AFTER_DISCOUNT)), null, filling()).get(DOCTOR).get(0);

		var reversal = line.reversedAs("amendment:x#w0");

		assertThat(reversal.amount()).isEqualTo(Money.of("-1755"));
		assertThat(reversal.basis()).isEqualTo(Money.of("-5850"));
		assertThat(reversal.reverses()).isEqualTo(line.procedure());
		assertThat(reversal.isReversal()).isTrue();
		assertThat(reversal.fingerprint()).isEqualTo(line.fingerprint());
	}
}
