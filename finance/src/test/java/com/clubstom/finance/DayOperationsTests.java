package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientRegistry;

/** The daily report's own reading of a day's operations is what the repository reads, field for field. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "patients")
@Import(AtTheFrontDesk.class)
class DayOperationsTests {

	@Autowired DayOperations dayOperations;
	@Autowired CashOperations operations;
	@Autowired CashDesk cashDesk;
	@Autowired PatientAccounts accounts;
	@Autowired PatientRegistry registry;
	@Autowired TransactionOperations transactions;

	@Test
	void everyKindOfOperationReadsAsTheRepositoryReadsIt() {
		var patient = AtTheFrontDesk.aPatient(registry, "Полева");
		accounts.post(patient, Posting.payment(Money.of("2500.50"), PaymentMethod.CARD), PostingAuthority.FRONT_DESK);
		accounts.post(patient, Posting.deposit(Money.of("1000"), PaymentMethod.INSURANCE).byInsurer("СОГАЗ"), PostingAuthority.FULL);
		var expense = cashDesk.record(new CashRequest(CashKind.EXPENSE, CashCategory.MARKETING, Money.of("700"), PaymentMethod.CARD,
				"Листовки", null, null), false);
		cashDesk.record(new CashRequest(CashKind.SALARY, CashCategory.SALARY_ADVANCE, Money.of("100"), PaymentMethod.TRANSFER,
				null, UUID.randomUUID(), YearMonth.of(2026, 11)), false);
		cashDesk.correct(expense.id(), "Оплачено дважды");
		var day = cashDesk.openDay();

		var read = dayOperations.of(day);

		assertThat(read).usingRecursiveComparison().isEqualTo(operations.findByDayOrderByNumberAsc(day));
		assertThat(read).extracting(CashOperation::kind).contains(CashKind.INCOME, CashKind.EXPENSE, CashKind.SALARY);
		assertThat(read).anySatisfy(correction -> {
			assertThat(correction.corrects()).isEqualTo(expense.id());
			assertThat(correction.correctsDay()).isEqualTo(expense.day());
		});
	}

	@Test
	void insideATransactionItSeesWhatTheTransactionWrote() {
		var day = cashDesk.openDay();
		var written = transactions.execute(status -> {
			var operation = cashDesk.record(new CashRequest(CashKind.PURCHASE, CashCategory.OFFICE_SUPPLIES, Money.of("90"),
					PaymentMethod.CARD, "Бумага", null, null), false);
			assertThat(dayOperations.of(day)).extracting(CashOperation::id).contains(operation.id());
			return operation;
		});
		assertThat(dayOperations.of(day)).extracting(CashOperation::id).contains(written.id());
	}
}
