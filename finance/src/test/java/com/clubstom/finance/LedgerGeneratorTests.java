package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.StaffDirectory;

/**
 * The benchmark's ledger generator, small: 2 000 entries of 60 patients over 30 days read back through the context's own
 * repositories as the application wrote them. Its own database: it closes every day before today.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "patients")
@TestPropertySource(properties = "clubstom.test.database-of=ledger-generator")
@Import(AtTheFrontDesk.class)
class LedgerGeneratorTests {

	@Autowired MongoTemplate mongo;
	@Autowired CashDesk cashDesk;
	@Autowired PatientAccounts accounts;
	@Autowired PatientRegistry registry;
	@Autowired ServiceCatalogue catalogue;
	@Autowired StaffDirectory staff;
	@Autowired ClinicProfile clinic;
	@Autowired Clock clock;

	@Test
	void writesNumberedAccountsWithTheirTillOperationsClosesThePastDaysAndPostingsGoOnFromThere() {
		catalogue.add(new ServiceDetails("Консультация стоматолога", "B01.065.007", ServiceCategory.THERAPY, 30, false),
				catalogue.today(), Money.of("1500"));
		catalogue.add(new ServiceDetails("Пломба из композита", "A16.07.002.010", ServiceCategory.THERAPY, 60, true),
				catalogue.today(), Money.of("6500"));
		catalogue.add(new ServiceDetails("Удаление зуба", "A16.07.001.002", ServiceCategory.SURGERY, 30, true),
				catalogue.today(), Money.of("4200.50"));
		var patients = new ArrayList<PatientId>();
		for (int index = 0; index < 60; index++) {
			patients.add(AtTheFrontDesk.aPatient(registry, "Генерова"));
		}

		var summary = new LedgerGenerator(mongo, cashDesk, catalogue, staff, clinic, clock, 2_000, 30, null).generate();

		assertThat(summary.entries()).isEqualTo(2_000);
		assertThat(summary.to()).isEqualTo(cashDesk.today());
		assertThat(summary.from()).isEqualTo(cashDesk.today().minusDays(29));

		// every account numbered 1..n, its counter at n, its balance the sum of its entries
		var moneyMoved = new HashMap<UUID, LedgerEntry>();
		var receipts = new HashSet<String>();
		long written = 0;
		for (var patient : patients) {
			var ledger = accounts.ledgerOf(patient);
			var numbers = ledger.lines().stream().mapToLong(line -> line.entry().number()).toArray();
			assertThat(numbers).containsExactly(LongStream.rangeClosed(1, numbers.length).toArray());
			assertThat(counterOf(patient)).isEqualTo(numbers.length == 0 ? null : (long) numbers.length);
			assertThat(accounts.balanceOf(patient)).isEqualTo(ledger.balance())
					.isEqualTo(new AccountBalance(Money.sum(ledger.lines().stream().map(line -> line.entry().amount()).toList())));
			for (var line : ledger.lines()) {
				var entry = line.entry();
				assertThat(entry.patientId()).isEqualTo(patient.value());
				assertThat(entry.day()).isBetween(summary.from(), summary.to());
				if (entry.kind() == EntryKind.CHARGE) {
					assertThat(entry.lines()).hasSizeBetween(1, 3);
					assertThat(entry.amount()).isEqualTo(Money.sum(entry.lines().stream().map(ChargeLine::total).toList()).negate());
				}
				if (entry.kind().movesMoney()) {
					assertThat(entry.method()).isNotNull();
					assertThat(receipts.add(entry.receiptNumber())).as("receipt %s once", entry.receiptNumber()).isTrue();
					moneyMoved.put(entry.id(), entry);
				}
			}
			written += numbers.length;
		}
		assertThat(written).isEqualTo(2_000);
		assertThat(summary.patients()).isEqualTo((int) patients.stream().filter(patient -> counterOf(patient) != null).count());

		// each day's operations mirror its payments, deposits and refunds; every past day with operations is closed with its
		// figures, and the next one opens with its closing cash
		var mirrored = new HashSet<UUID>();
		DailyCashReport previous = null;
		for (var day = summary.from(); day.isBefore(summary.to()); day = day.plusDays(1)) {
			var report = cashDesk.reportFor(day);
			if (report.operations().isEmpty()) {
				continue;
			}
			assertThat(report.isClosed()).as("%s closed", day).isTrue();
			assertThat(report.closing().closingCash()).isEqualTo(report.closingCash());
			assertThat(report.closing().income()).isEqualTo(report.income());
			assertThat(report.closing().outgoings()).isEqualTo(report.outgoings());
			assertThat(report.closing().operations()).isEqualTo(report.operations().size());
			if (previous != null) {
				assertThat(report.openingCash()).as("%s opens with the last closing", day).isEqualTo(previous.closingCash());
			}
			assertThat(report.operations()).extracting(CashOperation::number)
					.containsExactly(LongStream.rangeClosed(1, report.operations().size()).boxed().toArray(Long[]::new));
			mirror(report, moneyMoved, mirrored);
			previous = report;
		}
		assertThat(summary.closedDays()).isPositive();
		var today = cashDesk.reportFor(summary.to());
		assertThat(today.isClosed()).isFalse();
		mirror(today, moneyMoved, mirrored);
		assertThat(mirrored).containsExactlyInAnyOrderElementsOf(moneyMoved.keySet());
		assertThat(cashDesk.openDay()).isEqualTo(cashDesk.today());

		// a posting afterwards takes the account's, the year's receipts' and the day's next numbers
		var patient = patients.stream().filter(someone -> counterOf(someone) != null).findFirst().orElseThrow();
		var entries = counterOf(patient);
		var till = cashDesk.tillCash();
		var lastReceipt = receipts.stream().filter(receipt -> receipt.startsWith(cashDesk.today().getYear() + "-")).sorted()
				.reduce((first, second) -> second).orElse("");
		var deposit = accounts.post(patient, Posting.deposit(Money.of("3000"), PaymentMethod.CASH), PostingAuthority.FRONT_DESK);

		assertThat(deposit.number()).isEqualTo(entries + 1);
		assertThat(deposit.receiptNumber()).isGreaterThan(lastReceipt);
		assertThat(cashDesk.tillCash()).isEqualTo(till.plus(Money.of("3000")));
		var report = cashDesk.reportFor(cashDesk.today());
		assertThat(report.operations().get(report.operations().size() - 1)).satisfies(operation -> {
			assertThat(operation.ledgerEntryId()).isEqualTo(deposit.id());
			assertThat(operation.number()).isEqualTo(today.operations().size() + 1L);
		});
	}

	private static void mirror(DailyCashReport report, Map<UUID, LedgerEntry> moneyMoved, Set<UUID> mirrored) {
		for (var operation : report.operations()) {
			if (operation.ledgerEntryId() == null) {
				assertThat(operation.kind()).isIn(CashKind.PURCHASE, CashKind.BANK_DEPOSIT);
				continue;
			}
			var entry = moneyMoved.get(operation.ledgerEntryId());
			assertThat(entry).as("the entry operation %s mirrors", operation.number()).isNotNull();
			assertThat(operation.signed()).isEqualTo(entry.amount());
			assertThat(operation.method()).isEqualTo(entry.method());
			assertThat(operation.day()).isEqualTo(entry.day());
			assertThat(operation.receiptNumber()).isEqualTo(entry.receiptNumber());
			mirrored.add(entry.id());
		}
	}

	private Long counterOf(PatientId patient) {
		var account = mongo.findById(patient.value(), Document.class, AccountLocks.ACCOUNTS);
		return account == null ? null : ((Number) account.get("entries")).longValue();
	}
}
