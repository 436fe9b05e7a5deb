package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.kernel.Money;

/**
 * The clinic's cash desk: operations are recorded on the open business day (today, or the day after the last closed one
 * when today is closed already), cash never leaves a till that does not hold it (unless the owner says so), and closing a
 * day locks it with its figures ({@link CashDayClosed}). Patients' payments and refunds reach it from their accounts, in
 * the same transaction.
 */
@Service
public class CashDesk {

	private final CashOperations operations;
	private final DayOperations dayOperations;
	private final CashDays days;
	private final MongoTemplate mongo;
	private final TransactionOperations transactions;
	private final ClinicCalendar calendar;
	private final ApplicationEventPublisher events;

	CashDesk(CashOperations operations, DayOperations dayOperations, CashDays days, MongoTemplate mongo,
			TransactionOperations transactions, ClinicCalendar calendar, ApplicationEventPublisher events) {
		this.operations = operations;
		this.dayOperations = dayOperations;
		this.days = days;
		this.mongo = mongo;
		this.transactions = transactions;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * Records an operation entered at the desk on the open business day.
	 *
	 * @param mayOverdraw whether cash may go out beyond what the till holds (the owner's decision)
	 * @throws InvalidPostingException when a rule is broken, the till's cash included
	 */
	public CashOperation record(CashRequest request, boolean mayOverdraw) {
		var violations = request.violations();
		if (!violations.isEmpty()) {
			throw new InvalidPostingException(violations);
		}
		return enter(request, mayOverdraw, this::openDay, calendar.now(), calendar.actor());
	}

	/** Records an operation as history, on {@code day} at {@code at} by {@code by}: an import, or the demo's past. */
	CashOperation recordOn(CashRequest request, LocalDate day, Instant at, String by) {
		if (!request.violations().isEmpty()) {
			throw new InvalidPostingException(request.violations());
		}
		return enter(request, true, () -> day, at, by);
	}

	private CashOperation enter(CashRequest request, boolean mayOverdraw, Supplier<LocalDate> day, Instant at, String by) {
		return Retries.onConflict(() -> transactions.execute(status -> {
			var on = day.get();
			var operation = CashOperation.entered(request, on, nextOperationOn(on), at, by);
			refuseOverdraft(operation, mayOverdraw);
			return operations.save(operation);
		}));
	}

	/** Reverses an operation in the open business day, keeping the original as it was, with the reason. */
	public CashOperation correct(UUID operationId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidPostingException(List.of(new Violation("comment", "finance.reason.required")));
		}
		return Retries.onConflict(() -> transactions.execute(status -> {
			var original = operations.findById(operationId).orElseThrow(() -> new UnknownCashOperationException(operationId));
			if (original.isCorrection() || operations.findByCorrects(operationId).isPresent()) {
				throw new InvalidPostingException(List.of(new Violation("operation", "cash.correction.twice")));
			}
			var day = openDay();
			return operations.save(CashOperation.correcting(original, reason.strip(), day, nextOperationOn(day), calendar.now(),
					calendar.actor()));
		}));
	}

	/**
	 * The till's side of a patient's payment, deposit or refund, on the entry's day: called inside the posting's
	 * transaction, so the account and the till never disagree.
	 */
	void mirror(LedgerEntry entry, boolean mayOverdraw) {
		var operation = CashOperation.mirroring(entry, entry.day(), nextOperationOn(entry.day()));
		refuseOverdraft(operation, mayOverdraw);
		operations.save(operation);
	}

	/** Reverses the till's side of a patient's payment that a correction took back, inside that correction's transaction. */
	void reverseMirror(UUID ledgerEntryId, String reason) {
		operations.findBySourceKey(CashOperation.mirrorKeyOf(ledgerEntryId)).filter(original -> operations.findByCorrects(original.id()).isEmpty())
				.ifPresent(original -> {
					var day = openDay();
					operations.save(CashOperation.correcting(original, reason, day, nextOperationOn(day), calendar.now(),
							calendar.actor()));
				});
	}

	/**
	 * Closes {@code day} with its figures; later corrections of it go into the next open day.
	 *
	 * @throws InvalidPostingException when the day is in the future or closed already
	 */
	public DailyCashReport close(LocalDate day) {
		if (day.isAfter(openDay())) {
			throw new InvalidPostingException(List.of(new Violation("day", "cash.close.future")));
		}
		return closeOn(day, calendar.now(), calendar.actor());
	}

	/** Closes {@code day} as history: at {@code at} by {@code by}. */
	DailyCashReport closeOn(LocalDate day, Instant at, String by) {
		return Retries.onConflict(() -> transactions.execute(status -> {
			var report = reportFor(day);
			if (report.isClosed()) {
				throw new InvalidPostingException(List.of(new Violation("day", "cash.close.twice")));
			}
			var update = new Update().setOnInsert("day", day).inc("operations", 0L).set("closed", true)
					.set("openingCash", report.openingCash()).set("closingCash", report.closingCash()).set("income", report.income())
					.set("outgoings", report.outgoings()).set("closedAt", at).set("closedBy", by);
			mongo.findAndModify(new Query(Criteria.where("_id").is(CashDay.idOf(day))), update,
					FindAndModifyOptions.options().upsert(true), CashDay.class);
			events.publishEvent(new CashDayClosed(day, report.openingCash(), report.closingCash(), report.income(),
					report.outgoings(), at, by));
			return reportFor(day);
		}));
	}

	/** The day's report: opening cash, its operations in order, and its closing when closed. */
	public DailyCashReport reportFor(LocalDate day) {
		var closing = days.findById(CashDay.idOf(day)).filter(CashDay::closed).orElse(null);
		var opening = closing != null ? closing.openingCash() : openingCashOf(day);
		return new DailyCashReport(day, opening, dayOperations.of(day), closing);
	}

	/** The cash the till holds now: the open day's closing cash so far. */
	public Money tillCash() {
		return reportFor(openDay()).closingCash();
	}

	/** The day operations are recorded on now: today, or after the last closed day when today is closed already. */
	public LocalDate openDay() {
		var today = calendar.today();
		return days.findFirstByClosedTrueOrderByDayDesc().map(CashDay::day).filter(last -> !last.isBefore(today))
				.map(last -> last.plusDays(1)).orElse(today);
	}

	public LocalDate today() {
		return calendar.today();
	}

	public Optional<CashOperation> operation(UUID id) {
		return operations.findById(id);
	}

	/** Whether the operation was reversed by a correction. */
	public boolean isCorrected(UUID id) {
		return operations.findByCorrects(id).isPresent();
	}

	/** Which of {@code among} were reversed by a correction: one look-up for a whole day's operations. */
	public Set<UUID> corrected(Collection<CashOperation> among) {
		if (among.isEmpty()) {
			return Set.of();
		}
		return operations.findReversalsByCorrectsIn(among.stream().map(CashOperation::id).toList()).stream()
				.map(CashOperations.Reversal::corrects).collect(Collectors.toUnmodifiableSet());
	}

	/** The cash at the start of {@code day}: the last closing before it and the cash moved on the unclosed days between. */
	private Money openingCashOf(LocalDate day) {
		var lastClosed = days.findFirstByClosedTrueAndDayBeforeOrderByDayDesc(day);
		var unclosed = lastClosed.map(closed -> operations.findMovementsByDayBetween(closed.day(), day))
				.orElseGet(() -> operations.findMovementsByDayBefore(day));
		var start = lastClosed.map(CashDay::closingCash).orElse(Money.ZERO);
		return start.plus(Money.sum(unclosed.stream().map(CashOperations.CashMovement::cash).toList()));
	}

	/**
	 * The day's next operation number; writing the day's document makes a racing closing or operation retry.
	 *
	 * @throws InvalidPostingException when the day is closed (history written into a closed day)
	 */
	private long nextOperationOn(LocalDate day) {
		if (days.findById(CashDay.idOf(day)).filter(CashDay::closed).isPresent()) {
			throw new InvalidPostingException(List.of(new Violation("day", "cash.day.closed")));
		}
		var dayDocument = mongo.findAndModify(
				new Query(Criteria.where("_id").is(CashDay.idOf(day)).and("closed").ne(true)),
				new Update().setOnInsert("day", day).setOnInsert("closed", false).inc("operations", 1L),
				FindAndModifyOptions.options().upsert(true).returnNew(true), CashDay.class);
		return dayDocument.operations();
	}

	private void refuseOverdraft(CashOperation operation, boolean mayOverdraw) {
		if (mayOverdraw || !operation.method().isCash() || !operation.signed().isNegative()) {
			return;
		}
		var till = reportFor(operation.day()).closingCash();
		if (till.plus(operation.signed()).isNegative()) {
			throw new InvalidPostingException(new ArrayList<>(List.of(new Violation("amount", "cash.till.short"))));
		}
	}
}
