package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;

/**
 * The demo clinic's money as stored after a start with the {@code demo} profile: every demo visit charged once, the cash
 * desk's days closed one after another with each day opening on the last one's closing cash, the till never below zero,
 * payments mirrored at the till, salary payouts heard by payroll, and a second seeding adding nothing.
 */
@SpringBootTest
@ActiveProfiles("demo")
class DemoFinanceTests {

	@Autowired DemoFinance demo;
	@Autowired ClinicalVisits visits;
	@Autowired LedgerEntries entries;
	@Autowired CashOperations operations;
	@Autowired CashDesk cashDesk;
	@Autowired PatientAccounts accounts;
	@Autowired Payroll payroll;
	@Autowired StaffDirectory staff;

	@Test
	void everyDemoVisitIsChargedOnceAndMostArePaid() {
		var today = accounts.today();
		var completions = visits.completionsBetween(today.minusWeeks(DemoFinance.HISTORY_WEEKS), today);
		var charges = entries.findAll().stream().filter(entry -> entry.kind() == EntryKind.CHARGE).toList();

		assertThat(completions).hasSizeGreaterThan(50);
		assertThat(charges).extracting(LedgerEntry::visitId).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(completions.stream().map(completed -> completed.visitId()).toList());
		var patients = new HashSet<PatientId>();
		charges.forEach(charge -> patients.add(new PatientId(charge.patientId())));
		var balances = patients.stream().map(accounts::balanceOf).toList();
		assertThat(balances).filteredOn(AccountBalance::isSettled).hasSizeGreaterThan(balances.size() / 2);
		assertThat(balances).anyMatch(AccountBalance::owes);
		var all = entries.findAll();
		assertThat(all).extracting(LedgerEntry::kind).contains(EntryKind.PAYMENT, EntryKind.DEPOSIT, EntryKind.REFUND);
		assertThat(all).filteredOn(entry -> entry.method() == PaymentMethod.INSURANCE).allMatch(entry -> entry.insurer() != null)
				.isNotEmpty();
	}

	@Test
	void theCashDesksDaysAreClosedInTurnAndTheTillNeverGoesBelowZero() {
		var today = cashDesk.today();
		var previousClosing = Money.ZERO;
		var closed = 0;
		for (var day = today.minusWeeks(DemoFinance.HISTORY_WEEKS); day.isBefore(today); day = day.plusDays(1)) {
			var report = cashDesk.reportFor(day);
			assertThat(report.isClosed()).as("%s closed", day).isTrue();
			assertThat(report.openingCash()).as("%s opens on the last closing", day).isEqualTo(previousClosing);
			assertThat(report.closingCash().isNegative()).as("%s till", day).isFalse();
			assertThat(report.closing().closingCash()).isEqualTo(report.closingCash());
			previousClosing = report.closingCash();
			closed++;
		}
		assertThat(closed).isEqualTo(DemoFinance.HISTORY_WEEKS * 7);
		assertThat(cashDesk.reportFor(today).isClosed()).isFalse();
		assertThat(cashDesk.openDay()).isEqualTo(today);
		var moved = entries.findAll().stream().filter(entry -> entry.kind().movesMoney()).count();
		assertThat(operations.findAll().stream().filter(operation -> operation.ledgerEntryId() != null).count()).isEqualTo(moved);
		assertThat(operations.findAll()).extracting(CashOperation::category).contains(CashCategory.RENT, CashCategory.MATERIALS,
				CashCategory.BANK_DEPOSIT, CashCategory.SALARY, CashCategory.SALARY_ADVANCE);
	}

	@Test
	void salaryPayoutsReachPayrollAndSeedingAgainAddsNothing() {
		var lastMonth = YearMonth.from(cashDesk.today()).minusMonths(1);
		var people = staff.catalogue(StaffCatalogueQuery.everyoneCurrent());
		assertThat(people).anySatisfy(person -> assertThat(payroll.statementOf(person.id(), lastMonth).orElseThrow().paid()
				.isPositive()).isTrue());

		var entriesBefore = entries.count();
		var operationsBefore = operations.count();
		demo.seed();
		assertThat(entries.count()).isEqualTo(entriesBefore);
		assertThat(operations.count()).isEqualTo(operationsBefore);
	}
}
