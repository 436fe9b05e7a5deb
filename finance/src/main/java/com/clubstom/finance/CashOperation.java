package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * One operation of the cash desk on a business day: money in or out, by what method, filed under a category, by whom. It
 * is never changed: a mistake is reversed by a correction in the next open day, which references it. {@code sourceKey}
 * makes the operation that mirrors a patient's payment unique.
 */
@AggregateRoot
@Document(CashOperation.COLLECTION)
@CompoundIndex(name = "day_order", def = "{'day': 1, 'number': 1}", unique = true)
public class CashOperation extends AbstractAggregateRoot<CashOperation> {

	static final String COLLECTION = "cash_operations";

	@Id
	@Identity
	private final UUID id;
	private final LocalDate day;
	private final long number;
	private final CashKind kind;
	private final CashCategory category;
	private final Money amount;
	private final PaymentMethod method;
	private final String comment;
	private final UUID staffMemberId;
	private final String payrollMonth;
	private final UUID patientId;
	private final UUID ledgerEntryId;
	private final String receiptNumber;
	@Indexed(sparse = true)
	private final UUID corrects;
	private final LocalDate correctsDay;
	private final Instant at;
	private final String by;
	@Indexed(unique = true, sparse = true)
	private final String sourceKey;

	@PersistenceCreator
	CashOperation(UUID id, LocalDate day, long number, CashKind kind, CashCategory category, Money amount, PaymentMethod method,
			String comment, UUID staffMemberId, String payrollMonth, UUID patientId, UUID ledgerEntryId, String receiptNumber,
			UUID corrects, LocalDate correctsDay, Instant at, String by, String sourceKey) {
		this.id = id;
		this.day = day;
		this.number = number;
		this.kind = kind;
		this.category = category;
		this.amount = amount;
		this.method = method;
		this.comment = comment;
		this.staffMemberId = staffMemberId;
		this.payrollMonth = payrollMonth;
		this.patientId = patientId;
		this.ledgerEntryId = ledgerEntryId;
		this.receiptNumber = receiptNumber;
		this.corrects = corrects;
		this.correctsDay = correctsDay;
		this.at = at;
		this.by = by;
		this.sourceKey = sourceKey;
	}

	/** An operation entered at the desk; a salary payout is announced for payroll. */
	static CashOperation entered(CashRequest request, LocalDate day, long number, Instant at, String by) {
		var operation = new CashOperation(UUID.randomUUID(), day, number, request.kind(), request.category(), request.amount(),
				request.method(), request.comment(), request.staffMemberId(),
				request.payrollMonth() == null ? null : request.payrollMonth().toString(), null, null, null, null, null, at, by,
				null);
		if (request.kind() == CashKind.SALARY) {
			operation.registerEvent(new SalaryPaid(operation.id, request.staffMemberId(), request.payrollMonth().toString(), request.amount(),
					request.method(), day, at, by));
		}
		return operation;
	}

	/** The till's side of a patient's payment, deposit or refund. */
	static CashOperation mirroring(LedgerEntry entry, LocalDate day, long number) {
		var refund = entry.kind() == EntryKind.REFUND;
		return new CashOperation(UUID.randomUUID(), day, number, refund ? CashKind.REFUND : CashKind.INCOME,
				refund ? CashCategory.PATIENT_REFUND : CashCategory.PATIENT_PAYMENT, entry.amount().abs(), entry.method(),
				entry.comment(), null, null, entry.patientId(), entry.id(), entry.receiptNumber(), null, null, entry.at(), entry.by(),
				mirrorKeyOf(entry.id()));
	}

	/** The key of the operation that mirrors a ledger entry: unique, so an entry reaches the till once. */
	static String mirrorKeyOf(UUID ledgerEntryId) {
		return "ledger:" + ledgerEntryId;
	}

	/** Reverses {@code original} in an open day, with the reason; a reversed salary payout is announced negative. */
	static CashOperation correcting(CashOperation original, String reason, LocalDate day, long number, Instant at, String by) {
		var correction = new CashOperation(UUID.randomUUID(), day, number, original.kind, original.category, original.amount,
				original.method, reason, original.staffMemberId, original.payrollMonth, original.patientId, original.ledgerEntryId,
				null, original.id, original.day, at, by, "correction:" + original.id);
		if (original.kind == CashKind.SALARY) {
			correction.registerEvent(new SalaryPaid(correction.id, original.staffMemberId, original.payrollMonth,
					original.amount.negate(), original.method, day, at, by));
		}
		return correction;
	}

	/** What the operation does to the money: positive in, negative out; a correction the opposite of what it reverses. */
	public Money signed() {
		return signed(kind, amount, isCorrection());
	}

	static Money signed(CashKind kind, Money amount, boolean correction) {
		return kind.isIncome() != correction ? amount : amount.negate();
	}

	public boolean isCorrection() {
		return corrects != null;
	}

	public boolean isIncome() {
		return signed().isPositive();
	}

	public UUID id() {
		return id;
	}

	public LocalDate day() {
		return day;
	}

	public long number() {
		return number;
	}

	public CashKind kind() {
		return kind;
	}

	public CashCategory category() {
		return category;
	}

	/** Always positive; see {@link #signed()}. */
	public Money amount() {
		return amount;
	}

	public PaymentMethod method() {
		return method;
	}

	public String comment() {
		return comment;
	}

	public UUID staffMemberId() {
		return staffMemberId;
	}

	public YearMonth payrollMonth() {
		return payrollMonth == null ? null : YearMonth.parse(payrollMonth);
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID ledgerEntryId() {
		return ledgerEntryId;
	}

	public String receiptNumber() {
		return receiptNumber;
	}

	public UUID corrects() {
		return corrects;
	}

	public LocalDate correctsDay() {
		return correctsDay;
	}

	public Instant at() {
		return at;
	}

	public String by() {
		return by;
	}
}
