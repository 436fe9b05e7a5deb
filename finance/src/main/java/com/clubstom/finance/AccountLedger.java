package com.clubstom.finance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.clubstom.kernel.Money;

/** A patient's account from its first entry: each with the running balance, and where it stands now. */
public record AccountLedger(List<LedgerLine> lines, AccountBalance balance) {

	/** Walks the entries in their order, carrying the balance, and notes what each charge took from the advance. */
	static AccountLedger of(List<LedgerEntry> entries) {
		var lines = new ArrayList<LedgerLine>(entries.size());
		var running = Money.ZERO;
		for (var entry : entries) {
			var before = running;
			running = running.plus(entry.amount());
			var fromAdvance = entry.kind() == EntryKind.CHARGE && before.isPositive() ? before.min(entry.amount().negate())
					: Money.ZERO;
			lines.add(new LedgerLine(entry, running, fromAdvance));
		}
		return new AccountLedger(List.copyOf(lines), new AccountBalance(running));
	}

	/** The newest first, as the Finance tab lists them. */
	public List<LedgerLine> newestFirst() {
		var newest = new ArrayList<>(lines);
		Collections.reverse(newest);
		return newest;
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** Everything charged, less what was withdrawn. */
	public Money charged() {
		return total(EntryKind.CHARGE).plus(total(EntryKind.CHARGE_WITHDRAWN)).negate();
	}

	/** Everything paid in (payments and deposits), less refunds. */
	public Money paid() {
		return total(EntryKind.PAYMENT).plus(total(EntryKind.DEPOSIT)).plus(total(EntryKind.REFUND));
	}

	private Money total(EntryKind kind) {
		return Money.sum(lines.stream().map(LedgerLine::entry).filter(entry -> entry.kind() == kind).map(LedgerEntry::amount)
				.toList());
	}
}
