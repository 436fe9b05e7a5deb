package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.patients.PatientRegistry;

/**
 * Patients' accounts with a real database: a completed visit charges once however often its event arrives, payments and
 * refunds are announced and reach the till, and concurrent postings on one account all count.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "patients")
@Import(AtTheFrontDesk.class)
class PatientAccountsScenarioTests {

	@Autowired PatientAccounts accounts;
	@Autowired CashDesk cashDesk;
	@Autowired PatientRegistry registry;
	@Autowired CompletedEventPublications completed;

	@Test
	void aVisitDeliveredTwiceIsChargedOnceAndAnnounced(Scenario scenario) {
		var patient = AtTheFrontDesk.aPatient(registry, "Дважды");
		var visit = VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today());

		scenario.publish(visit).andWaitForStateChange(() -> accounts.ledgerOf(patient).lines().size(), size -> size == 1)
				.andVerifyEvents(events -> assertThat(events.ofType(PatientCharged.class)
						.matching(charged -> charged.visitId().equals(visit.visitId()))).singleElement()
						.satisfies(charged -> assertThat(charged.amount()).isEqualTo(Money.of("7850.00"))));
		scenario.publish(visit).andWaitForStateChange(() -> chargingDeliveriesOf(visit), count -> count == 2)
				.andVerify(count -> assertThat(accounts.ledgerOf(patient).lines()).hasSize(1));
		assertThat(accounts.balanceOf(patient).debt()).isEqualTo(Money.of("7850.00"));
	}

	/** How many deliveries of the visit's event the charging listener has finished. */
	private long chargingDeliveriesOf(VisitCompleted visit) {
		return completed.findAll().stream()
				.filter(publication -> publication.getEvent() instanceof VisitCompleted delivered
						&& delivered.visitId().equals(visit.visitId()))
				.filter(publication -> publication instanceof TargetEventPublication target
						&& target.getTargetIdentifier().getValue().contains("ChargingForVisits"))
				.count();
	}

	@Test
	void theSameVisitChargedAgainAddsNothing() {
		var patient = AtTheFrontDesk.aPatient(registry, "Повторов");
		var visit = VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today());

		assertThat(accounts.charge(Charge.of(visit))).isPresent();
		assertThat(accounts.charge(Charge.of(visit))).isEmpty();

		var ledger = accounts.ledgerOf(patient);
		assertThat(ledger.lines()).singleElement().satisfies(line -> {
			assertThat(line.entry().kind()).isEqualTo(EntryKind.CHARGE);
			assertThat(line.entry().lines()).hasSize(2);
			assertThat(line.entry().visitId()).isEqualTo(visit.visitId());
		});
		assertThat(accounts.balanceOf(patient).debt()).isEqualTo(Money.of("7850"));
	}

	@Test
	void aCardPaymentSettlesTheDebtGetsAReceiptAndReachesTheTillReport(AssertablePublishedEvents events) {
		var patient = AtTheFrontDesk.aPatient(registry, "Картова");
		accounts.charge(Charge.of(VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today())));

		var payment = accounts.post(patient, Posting.payment(Money.of("7850"), PaymentMethod.CARD), PostingAuthority.FRONT_DESK);

		assertThat(accounts.balanceOf(patient).isSettled()).isTrue();
		assertThat(payment.receiptNumber()).matches("\\d{4}-\\d{6}");
		assertThat(payment.by()).isEqualTo("smirnova");
		assertThat(events.ofType(PaymentReceived.class).matching(received -> received.entryId().equals(payment.id())))
				.singleElement().satisfies(received -> {
					assertThat(received.amount()).isEqualTo(Money.of("7850"));
					assertThat(received.method()).isEqualTo(PaymentMethod.CARD);
				});
		var report = cashDesk.reportFor(payment.day());
		assertThat(report.operations()).anySatisfy(operation -> {
			assertThat(operation.ledgerEntryId()).isEqualTo(payment.id());
			assertThat(operation.category()).isEqualTo(CashCategory.PATIENT_PAYMENT);
			assertThat(operation.signed()).isEqualTo(Money.of("7850"));
		});
	}

	@Test
	void aDepositIsKeptAsAnAdvanceAndTheNextChargeTakesFromIt() {
		var patient = AtTheFrontDesk.aPatient(registry, "Авансова");
		accounts.post(patient, Posting.deposit(Money.of("5000"), PaymentMethod.CASH), PostingAuthority.FRONT_DESK);
		assertThat(accounts.balanceOf(patient).advance()).isEqualTo(Money.of("5000"));

		accounts.charge(Charge.of(VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today())));

		var ledger = accounts.ledgerOf(patient);
		assertThat(ledger.balance().debt()).isEqualTo(Money.of("2850"));
		assertThat(ledger.lines().get(1).fromAdvance()).isEqualTo(Money.of("5000"));
		assertThat(ledger.charged()).isEqualTo(Money.of("7850"));
		assertThat(ledger.paid()).isEqualTo(Money.of("5000"));
	}

	@Test
	void refundsStayWithinTheAdvanceAndTheFrontDesksLimit(AssertablePublishedEvents events) {
		var patient = AtTheFrontDesk.aPatient(registry, "Возвратова");
		accounts.post(patient, Posting.deposit(Money.of("8000"), PaymentMethod.CARD), PostingAuthority.FRONT_DESK);

		assertThatExceptionOfType(InvalidPostingException.class)
				.isThrownBy(() -> accounts.post(patient, Posting.refund(Money.of("9000"), PaymentMethod.CARD, "Передумала"),
						PostingAuthority.FULL))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("amount", "finance.refund.beyond-advance")));
		assertThatExceptionOfType(InvalidPostingException.class)
				.isThrownBy(() -> accounts.post(patient, Posting.refund(Money.of("6000"), PaymentMethod.CARD, "Передумала"),
						PostingAuthority.FRONT_DESK))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("amount", "finance.refund.beyond-front-desk-limit")));

		var refund = accounts.post(patient, Posting.refund(Money.of("6000"), PaymentMethod.CARD, "Передумала"),
				PostingAuthority.FULL);

		assertThat(accounts.balanceOf(patient).advance()).isEqualTo(Money.of("2000"));
		assertThat(events.ofType(RefundIssued.class).matching(issued -> issued.entryId().equals(refund.id()))).hasSize(1);
	}

	@Test
	void theFrontDeskNeitherDiscountsNorCorrects() {
		var patient = AtTheFrontDesk.aPatient(registry, "Скидкина");
		accounts.charge(Charge.of(VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today())));
		var discount = new Posting(EntryKind.DISCOUNT, Money.of("850"), null, null, null, "Постоянный пациент");

		assertThatExceptionOfType(InvalidPostingException.class)
				.isThrownBy(() -> accounts.post(patient, discount, PostingAuthority.FRONT_DESK))
				.satisfies(refused -> assertThat(refused.violations()).extracting(Violation::code)
						.containsExactly("finance.kind.not-allowed"));

		accounts.post(patient, discount, PostingAuthority.FULL);
		assertThat(accounts.balanceOf(patient).debt()).isEqualTo(Money.of("7000"));
		assertThat(accounts.ledgerOf(patient).lines()).hasSize(2); // the charge stays as it was: the discount reverses part
	}

	@Test
	void aPaymentCorrectedAwayIsTakenOutOfTheTillOnce() {
		var patient = AtTheFrontDesk.aPatient(registry, "Ошибкина");
		var payment = accounts.post(patient, Posting.payment(Money.of("1200"), PaymentMethod.CASH), PostingAuthority.FRONT_DESK);
		var mirror = cashDesk.reportFor(payment.day()).operations().stream()
				.filter(operation -> payment.id().equals(operation.ledgerEntryId())).findFirst().orElseThrow();
		var till = cashDesk.tillCash();
		var correction = new Posting(EntryKind.CORRECTION_DEBIT, Money.of("1200"), null, null, payment.id(), "Платёж записан дважды");

		accounts.post(patient, correction, PostingAuthority.FULL);
		accounts.post(patient, correction, PostingAuthority.FULL);

		assertThat(cashDesk.isCorrected(mirror.id())).isTrue();
		assertThat(cashDesk.corrected(java.util.List.of(mirror))).containsExactly(mirror.id());
		assertThat(cashDesk.tillCash()).isEqualTo(till.minus(Money.of("1200")));
		assertThat(accounts.balanceOf(patient).debt()).isEqualTo(Money.of("1200"));
	}

	@Test
	void anAmendmentChargesWhatItAddedAndTakesBackWhatItWithdrewOnce() {
		var patient = AtTheFrontDesk.aPatient(registry, "Поправкин");
		var visit = VisitsCharged.aFillingOn36(patient, UUID.randomUUID(), null, accounts.today());
		accounts.charge(Charge.of(visit));
		var amendment = new VisitAmended(visit.visitId(), UUID.randomUUID(), visit.appointmentId(), visit.patientId(),
				visit.doctorId(), "Пломба не ставилась", java.util.List.of(),
				java.util.List.of(visit.procedures().get(1)), java.time.Instant.now(), "orlov");

		var day = accounts.today();
		accounts.charge(Charge.added(amendment, day));
		accounts.charge(Charge.withdrawn(amendment, day));
		accounts.charge(Charge.withdrawn(amendment, day));

		var ledger = accounts.ledgerOf(patient);
		assertThat(ledger.lines()).extracting(line -> line.entry().kind()).containsExactly(EntryKind.CHARGE,
				EntryKind.CHARGE_WITHDRAWN);
		assertThat(ledger.balance().debt()).isEqualTo(Money.of("2000"));
	}

	@Test
	void paymentsPostedAtOnceOnOneAccountAllCount() throws Exception {
		var patient = AtTheFrontDesk.aPatient(registry, "Одновременная");
		int payments = 24;
		var pool = Executors.newFixedThreadPool(8);
		try {
			var tasks = new ArrayList<Callable<LedgerEntry>>();
			for (int i = 1; i <= payments; i++) {
				var amount = Money.of(i + "00.01");
				tasks.add(() -> accounts.post(patient, Posting.payment(amount, PaymentMethod.CASH), PostingAuthority.FRONT_DESK));
			}
			var posted = new ArrayList<LedgerEntry>();
			for (Future<LedgerEntry> result : pool.invokeAll(tasks)) {
				posted.add(result.get());
			}
			// 100.01 + 200.01 + … + 2400.01
			var expected = Money.of("30000.24");
			assertThat(accounts.balanceOf(patient).advance()).isEqualTo(expected);
			assertThat(accounts.ledgerOf(patient).lines()).extracting(line -> line.entry().number())
					.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, payments).boxed().toList());
			assertThat(posted).extracting(LedgerEntry::receiptNumber).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
		}
	}
}
