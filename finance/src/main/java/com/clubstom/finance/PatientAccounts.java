package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;

/**
 * Patients' accounts: the API of the ledger. Visits are charged once each ({@link #charge}); payments, deposits, refunds,
 * discounts and corrections are posted under the account's lock, each with its cash desk operation when money moved, all
 * in one transaction. Balances are summed from the entries every time they are asked for.
 */
@Service
public class PatientAccounts {

	private final LedgerEntries entries;
	private final AccountLocks locks;
	private final CashDesk cashDesk;
	private final TransactionOperations transactions;
	private final ClinicCalendar calendar;
	private final Money frontDeskRefundLimit;

	PatientAccounts(LedgerEntries entries, AccountLocks locks, CashDesk cashDesk, TransactionOperations transactions,
			ClinicCalendar calendar, @Value("${clubstom.finance.front-desk-refund-limit:5000}") String frontDeskRefundLimit) {
		this.entries = entries;
		this.locks = locks;
		this.cashDesk = cashDesk;
		this.transactions = transactions;
		this.calendar = calendar;
		this.frontDeskRefundLimit = Money.of(frontDeskRefundLimit);
	}

	/** The sum of the patient's entries. */
	public AccountBalance balanceOf(PatientId patient) {
		var amounts = entries.findAmountsByPatientId(patient.value()).stream().map(LedgerEntries.EntryAmount::amount).toList();
		return new AccountBalance(Money.sum(amounts));
	}

	/** Every entry of the patient's account in order, with the running balance. */
	public AccountLedger ledgerOf(PatientId patient) {
		return AccountLedger.of(entries.findByPatientIdOrderByNumberAsc(patient.value()));
	}

	public Optional<LedgerEntry> entry(UUID id) {
		return entries.findById(id);
	}

	/**
	 * Posts a payment, deposit, refund, discount or correction on the open business day.
	 *
	 * @throws InvalidPostingException naming the fields whose rules the posting breaks: its own ({@link Posting#violations}),
	 *         the person's authority, a refund beyond the advance, a discount beyond the debt, cash the till does not hold
	 */
	public LedgerEntry post(PatientId patient, Posting posting, PostingAuthority authority) {
		var violations = new ArrayList<>(posting.violations());
		violations.addAll(beyondAuthority(posting, authority));
		if (!violations.isEmpty()) {
			throw new InvalidPostingException(violations);
		}
		return write(patient, posting, authority == PostingAuthority.FULL, cashDesk::openDay, calendar.now(), calendar.actor());
	}

	/**
	 * Posts as history, on {@code day} at {@code at} by {@code by}, with the till's side on that day: what an import from
	 * an earlier system (or the demo clinic's past) writes. The account's rules hold as for any posting.
	 */
	LedgerEntry postOn(PatientId patient, Posting posting, LocalDate day, Instant at, String by) {
		if (!posting.violations().isEmpty()) {
			throw new InvalidPostingException(posting.violations());
		}
		return write(patient, posting, true, () -> day, at, by);
	}

	private LedgerEntry write(PatientId patient, Posting posting, boolean mayOverdraw, Supplier<LocalDate> day, Instant at,
			String by) {
		return Retries.onConflict(() -> transactions.execute(status -> {
			var number = locks.nextEntryOf(patient.value());
			var balance = balanceOf(patient);
			var refused = new ArrayList<>(beyondTheAccount(posting, balance));
			if (posting.reference() != null && entries.findById(posting.reference())
					.filter(referenced -> referenced.patientId().equals(patient.value())).isEmpty()) {
				refused.add(new Violation("reference", "finance.reference.unknown"));
			}
			if (!refused.isEmpty()) {
				throw new InvalidPostingException(refused);
			}
			var on = day.get();
			var receipt = posting.kind().movesMoney() ? locks.nextReceipt(on.getYear()) : null;
			var entry = entries.save(LedgerEntry.posted(patient.value(), number, posting, receipt, on, at, by));
			if (entry.kind().movesMoney()) {
				cashDesk.mirror(entry, mayOverdraw);
			}
			if (entry.kind() == EntryKind.CORRECTION_DEBIT && entry.reference() != null) {
				cashDesk.reverseMirror(entry.reference(), entry.comment());
			}
			return entry;
		}));
	}

	/**
	 * Charges the visit's (or amendment's) procedures, once: a charge whose source was charged already is skipped.
	 *
	 * @return the new entry, or empty when the fact had been charged before
	 */
	Optional<LedgerEntry> charge(Charge charge) {
		if (charge.isEmpty() || entries.existsBySourceKey(charge.sourceKey())) {
			return Optional.empty();
		}
		return Retries.onConflict(() -> transactions.execute(status -> {
			var number = locks.nextEntryOf(charge.patientId());
			// checked again under the account's lock: a second delivery running alongside finds the first one's entry
			if (entries.existsBySourceKey(charge.sourceKey())) {
				return Optional.<LedgerEntry>empty();
			}
			return Optional.of(entries.save(LedgerEntry.charge(charge, number, calendar.now())));
		}));
	}

	/**
	 * What the patient paid the clinic for treatment in {@code year}, less refunds: the sum the tax-deduction certificate
	 * states. What insurers paid is not the patient's expense and is left out.
	 */
	public Money paidForTreatmentIn(PatientId patient, int year) {
		var paid = entries.findByPatientIdOrderByNumberAsc(patient.value()).stream()
				.filter(entry -> entry.kind().movesMoney() && entry.method() != PaymentMethod.INSURANCE)
				.filter(entry -> entry.day().getYear() == year).map(LedgerEntry::amount).toList();
		return Money.sum(paid);
	}

	/** The certificate for the patient's tax deduction for {@code year}: what they paid for treatment then. */
	public TaxCertificate taxCertificate(com.clubstom.patients.Patient patient, int year) {
		return TaxCertificate.of(patient, year, paidForTreatmentIn(patient.id(), year));
	}

	/** The front desk's refund limit: above it, the accountant or the owner refunds. */
	public Money frontDeskRefundLimit() {
		return frontDeskRefundLimit;
	}

	public LocalDate today() {
		return calendar.today();
	}

	private List<Violation> beyondAuthority(Posting posting, PostingAuthority authority) {
		if (authority == PostingAuthority.FULL || posting.kind() == null) {
			return List.of();
		}
		return switch (posting.kind()) {
			case PAYMENT, DEPOSIT -> List.of();
			case REFUND -> posting.amount() != null && posting.amount().compareTo(frontDeskRefundLimit) > 0
					? List.of(new Violation("amount", "finance.refund.beyond-front-desk-limit"))
					: List.of();
			default -> List.of(new Violation("kind", "finance.kind.not-allowed"));
		};
	}

	private static List<Violation> beyondTheAccount(Posting posting, AccountBalance balance) {
		return switch (posting.kind()) {
			case REFUND -> posting.amount().compareTo(balance.advance()) > 0
					? List.of(new Violation("amount", "finance.refund.beyond-advance"))
					: List.of();
			case DISCOUNT -> posting.amount().compareTo(balance.debt()) > 0
					? List.of(new Violation("amount", "finance.discount.beyond-debt"))
					: List.of();
			default -> List.of();
		};
	}
}
