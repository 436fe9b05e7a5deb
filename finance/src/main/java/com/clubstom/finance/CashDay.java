package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.Money;

/**
 * A business day of the cash desk: numbers its operations (every operation writes it, so an operation and the day's
 * closing cannot pass each other), and once closed keeps the figures it was closed with.
 */
@Entity
@Document(CashDay.COLLECTION)
public class CashDay {

	static final String COLLECTION = "cash_days";

	@Id
	@Identity
	private final String id;
	@Indexed
	private final LocalDate day;
	private final long operations;
	private final boolean closed;
	private final Money openingCash;
	private final Money closingCash;
	private final Money income;
	private final Money outgoings;
	private final Instant closedAt;
	private final String closedBy;

	@PersistenceCreator
	CashDay(String id, LocalDate day, long operations, boolean closed, Money openingCash, Money closingCash, Money income,
			Money outgoings, Instant closedAt, String closedBy) {
		this.id = id;
		this.day = day;
		this.operations = operations;
		this.closed = closed;
		this.openingCash = openingCash;
		this.closingCash = closingCash;
		this.income = income;
		this.outgoings = outgoings;
		this.closedAt = closedAt;
		this.closedBy = closedBy;
	}

	static String idOf(LocalDate day) {
		return day.toString();
	}

	public LocalDate day() {
		return day;
	}

	public long operations() {
		return operations;
	}

	public boolean closed() {
		return closed;
	}

	public Money openingCash() {
		return openingCash;
	}

	public Money closingCash() {
		return closingCash;
	}

	public Money income() {
		return income;
	}

	public Money outgoings() {
		return outgoings;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String closedBy() {
		return closedBy;
	}
}
