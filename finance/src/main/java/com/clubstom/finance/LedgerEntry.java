package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.Money;

/**
 * One line of a patient's account, written once and never changed or deleted: a mistake is undone by another entry that
 * references it. The amount is signed from the patient's side ({@link EntryKind#sign()}), so the balance is the sum.
 * {@code number} orders the account's entries (1, 2, 3 …) and is handed out under the account's lock, so two people
 * posting at once both get theirs. {@code sourceKey} makes a charge from a visit unique, however often its event comes.
 */
@AggregateRoot
@Document(LedgerEntry.COLLECTION)
@CompoundIndex(name = "account_order", def = "{'patientId': 1, 'number': 1}", unique = true)
public class LedgerEntry extends AbstractAggregateRoot<LedgerEntry> {

	static final String COLLECTION = "ledger_entries";

	@Id
	@Identity
	private final UUID id;
	private final UUID patientId;
	private final long number;
	private final EntryKind kind;
	private final Money amount;
	private final PaymentMethod method;
	private final String insurer;
	private final UUID visitId;
	private final UUID doctorId;
	private final List<ChargeLine> lines;
	@Indexed
	private final LocalDate day;
	private final Instant at;
	private final String by;
	private final UUID reference;
	private final String comment;
	private final String receiptNumber;
	@Indexed(unique = true, sparse = true)
	private final String sourceKey;

	@PersistenceCreator
	LedgerEntry(UUID id, UUID patientId, long number, EntryKind kind, Money amount, PaymentMethod method, String insurer,
			UUID visitId, UUID doctorId, List<ChargeLine> lines, LocalDate day, Instant at, String by, UUID reference,
			String comment, String receiptNumber, String sourceKey) {
		this.id = id;
		this.patientId = patientId;
		this.number = number;
		this.kind = kind;
		this.amount = amount;
		this.method = method;
		this.insurer = insurer;
		this.visitId = visitId;
		this.doctorId = doctorId;
		this.lines = lines == null ? List.of() : List.copyOf(lines);
		this.day = day;
		this.at = at;
		this.by = by;
		this.reference = reference;
		this.comment = comment;
		this.receiptNumber = receiptNumber;
		this.sourceKey = sourceKey;
	}

	/** The procedures of a visit (or an amendment's), charged at their prices less discounts; announced for reports. */
	static LedgerEntry charge(Charge charge, long number, Instant at) {
		var amount = Money.sum(charge.lines().stream().map(ChargeLine::total).toList());
		var kind = charge.withdrawn() ? EntryKind.CHARGE_WITHDRAWN : EntryKind.CHARGE;
		var entry = new LedgerEntry(UUID.randomUUID(), charge.patientId(), number, kind, signed(kind, amount), null, null,
				charge.visitId(), charge.doctorId(), charge.lines(), charge.day(), at, charge.by(), null, charge.reason(), null,
				charge.sourceKey());
		if (!charge.withdrawn()) {
			entry.registerEvent(new PatientCharged(entry.id, entry.patientId, entry.visitId, entry.doctorId, entry.day, amount, at,
					entry.by));
		}
		return entry;
	}

	/** A payment, deposit, refund, discount or correction someone posted; payments and refunds are announced. */
	static LedgerEntry posted(UUID patientId, long number, Posting posting, String receiptNumber, LocalDate day, Instant at,
			String by) {
		var entry = new LedgerEntry(UUID.randomUUID(), patientId, number, posting.kind(), signed(posting.kind(), posting.amount()),
				posting.method(), posting.insurer(), null, null, List.of(), day, at, by, posting.reference(), posting.comment(),
				receiptNumber, null);
		switch (posting.kind()) {
			case PAYMENT, DEPOSIT -> entry.registerEvent(new PaymentReceived(entry.id, patientId, posting.amount(), posting.method(),
					posting.insurer(), posting.kind() == EntryKind.DEPOSIT, receiptNumber, day, at, by));
			case REFUND -> entry.registerEvent(new RefundIssued(entry.id, patientId, posting.amount(), posting.method(),
					posting.comment(), receiptNumber, day, at, by));
			default -> {
				// discounts and corrections stay within the account: nobody outside it acts on them
			}
		}
		return entry;
	}

	private static Money signed(EntryKind kind, Money amount) {
		return kind.sign() < 0 ? amount.negate() : amount;
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public long number() {
		return number;
	}

	public EntryKind kind() {
		return kind;
	}

	/** Signed: negative adds to what the patient owes, positive settles it. */
	public Money amount() {
		return amount;
	}

	public PaymentMethod method() {
		return method;
	}

	public String insurer() {
		return insurer;
	}

	public UUID visitId() {
		return visitId;
	}

	public UUID doctorId() {
		return doctorId;
	}

	public List<ChargeLine> lines() {
		return lines;
	}

	public LocalDate day() {
		return day;
	}

	public Instant at() {
		return at;
	}

	public String by() {
		return by;
	}

	public UUID reference() {
		return reference;
	}

	public String comment() {
		return comment;
	}

	public String receiptNumber() {
		return receiptNumber;
	}

	/** Whether a receipt can be printed for it: money changed hands. */
	public boolean hasReceipt() {
		return receiptNumber != null;
	}
}
