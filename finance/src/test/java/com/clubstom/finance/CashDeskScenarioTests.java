package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientRegistry;

/**
 * One business day of the cash desk, in order: cash comes in, the till refuses to pay out more than it holds (except on
 * the owner's word), salaries are announced for payroll, the report adds up by method and category, closing locks the
 * day, and what comes after (a correction of the closed day, too) lands on the next day, which opens with the closing
 * cash. Its own database: closing today changes where every later operation goes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "patients")
@TestPropertySource(properties = "clubstom.test.database-of=cash-desk")
@Import(AtTheFrontDesk.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CashDeskScenarioTests {

	@Autowired CashDesk cashDesk;
	@Autowired PatientAccounts accounts;
	@Autowired PatientRegistry registry;

	private static CashRequest expense(String amount, PaymentMethod method) {
		return new CashRequest(CashKind.EXPENSE, CashCategory.UTILITIES, Money.of(amount), method, "Электроэнергия", null, null);
	}

	@Test
	@Order(1)
	void theTillPaysOutOnlyWhatItHoldsUnlessTheOwnerSaysSo() {
		var patient = AtTheFrontDesk.aPatient(registry, "Наличная");
		accounts.post(patient, Posting.payment(Money.of("10000"), PaymentMethod.CASH), PostingAuthority.FRONT_DESK);
		accounts.post(patient, Posting.payment(Money.of("4000"), PaymentMethod.CARD), PostingAuthority.FRONT_DESK);
		assertThat(cashDesk.tillCash()).isEqualTo(Money.of("10000"));

		assertThatExceptionOfType(InvalidPostingException.class).isThrownBy(() -> cashDesk.record(expense("12000", PaymentMethod.CASH), false))
				.satisfies(refused -> assertThat(refused.violations()).containsExactly(new Violation("amount", "cash.till.short")));
		cashDesk.record(expense("12000", PaymentMethod.TRANSFER), false); // from the bank account: the till is not asked
		cashDesk.record(expense("3000", PaymentMethod.CASH), false);

		assertThat(cashDesk.tillCash()).isEqualTo(Money.of("7000"));
		cashDesk.record(new CashRequest(CashKind.PURCHASE, CashCategory.MATERIALS, Money.of("8000"), PaymentMethod.CASH,
				"Композит", null, null), true);
		assertThat(cashDesk.tillCash()).isEqualTo(Money.of("-1000"));
		cashDesk.record(new CashRequest(CashKind.INCOME, CashCategory.OTHER_INCOME, Money.of("1000"), PaymentMethod.CASH,
				"Возврат подотчёта", null, null), false);
	}

	@Test
	@Order(2)
	void zeroNegativeAndMismatchedOperationsAreRefusedBesideTheirFields() {
		var refused = new CashRequest(CashKind.EXPENSE, CashCategory.MATERIALS, Money.of("-5"), null, " ", null, null);
		assertThat(refused.violations()).extracting(Violation::field).containsExactly("category", "amount", "method", "comment");
		assertThat(new CashRequest(CashKind.SALARY, CashCategory.SALARY, Money.ZERO, PaymentMethod.CASH, null, null, null)
				.violations()).extracting(Violation::code)
				.containsExactly("finance.amount.not-positive", "cash.salary.staff-required", "cash.salary.month-required");
		assertThat(new CashRequest(CashKind.BANK_DEPOSIT, CashCategory.BANK_DEPOSIT, Money.of("100"), PaymentMethod.CARD, null,
				null, null).violations()).extracting(Violation::code).containsExactly("cash.bank-deposit.cash-only");
	}

	@Test
	@Order(3)
	void aSalaryPayoutIsAnnouncedForPayroll(AssertablePublishedEvents events) {
		var nurse = UUID.randomUUID();
		var month = YearMonth.from(cashDesk.today());
		var payout = cashDesk.record(new CashRequest(CashKind.SALARY, CashCategory.SALARY_ADVANCE, Money.of("500"),
				PaymentMethod.TRANSFER, null, nurse, month), false);

		assertThat(events.ofType(SalaryPaid.class).matching(paid -> paid.operationId().equals(payout.id()))).singleElement()
				.satisfies(paid -> {
					assertThat(paid.staffMemberId()).isEqualTo(nurse);
					assertThat(paid.payrollMonth()).isEqualTo(month);
					assertThat(paid.amount()).isEqualTo(Money.of("500"));
				});
	}

	@Test
	@Order(4)
	void theDailyReportAddsUpByMethodAndCategory() {
		var report = cashDesk.reportFor(cashDesk.today());

		assertThat(report.openingCash()).isEqualTo(Money.ZERO);
		assertThat(report.closingCash()).isEqualTo(Money.ZERO); // 10 000 in, 3 000 and 8 000 out, 1 000 back in
		assertThat(report.income()).isEqualTo(Money.of("15000"));
		assertThat(report.outgoings()).isEqualTo(Money.of("23500"));
		assertThat(report.byMethod().get(PaymentMethod.CARD).in()).isEqualTo(Money.of("4000"));
		assertThat(report.byMethod().get(PaymentMethod.TRANSFER).out()).isEqualTo(Money.of("12500"));
		assertThat(report.byCategory().get(CashCategory.PATIENT_PAYMENT)).containsEntry(PaymentMethod.CASH, Money.of("10000"))
				.containsEntry(PaymentMethod.CARD, Money.of("4000"));
		assertThat(report.byCategory().get(CashCategory.UTILITIES)).containsEntry(PaymentMethod.CASH, Money.of("-3000"));
	}

	@Test
	@Order(5)
	void closingLocksTheDayAndWhatComesAfterLandsOnTheNextOne(AssertablePublishedEvents events) {
		var today = cashDesk.today();
		var utilities = cashDesk.reportFor(today).operations().stream()
				.filter(operation -> operation.category() == CashCategory.UTILITIES && operation.method().isCash()).findFirst()
				.orElseThrow();

		var closed = cashDesk.close(today);

		assertThat(closed.isClosed()).isTrue();
		assertThat(closed.closing().closedBy()).isEqualTo("smirnova");
		assertThat(events.ofType(CashDayClosed.class).matching(day -> day.day().equals(today))).singleElement()
				.satisfies(day -> assertThat(day.closingCash()).isEqualTo(Money.ZERO));
		assertThatExceptionOfType(InvalidPostingException.class).isThrownBy(() -> cashDesk.close(today));
		assertThat(cashDesk.openDay()).isEqualTo(today.plusDays(1));

		var correction = cashDesk.correct(utilities.id(), "Счёт оплачен банком");

		assertThat(correction.day()).isEqualTo(today.plusDays(1));
		assertThat(correction.corrects()).isEqualTo(utilities.id());
		assertThat(correction.correctsDay()).isEqualTo(today);
		assertThat(correction.signed()).isEqualTo(Money.of("3000"));
		assertThat(cashDesk.reportFor(today).operations()).doesNotContain(correction);
		assertThat(cashDesk.reportFor(today).closingCash()).isEqualTo(Money.ZERO);
		var tomorrow = cashDesk.reportFor(today.plusDays(1));
		assertThat(tomorrow.openingCash()).isEqualTo(Money.ZERO);
		assertThat(tomorrow.closingCash()).isEqualTo(Money.of("3000"));
		assertThatExceptionOfType(InvalidPostingException.class)
				.isThrownBy(() -> cashDesk.correct(utilities.id(), "Ещё раз"));
	}
}
