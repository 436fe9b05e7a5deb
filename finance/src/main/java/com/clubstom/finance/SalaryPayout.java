package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.Money;
import com.clubstom.staff.StaffMemberId;

/**
 * Pay handed to a person towards a month's statement, as payroll keeps it from {@link SalaryPaid}: stored under the cash
 * desk operation's id, so an event heard twice pays once, and the statement reads payroll's own data.
 */
@AggregateRoot
@Document("salary_payouts")
@CompoundIndex(name = "person_month", def = "{'staffMemberId': 1, 'month': 1}")
public class SalaryPayout {

	@Id
	@Identity
	private final UUID operationId;
	private final UUID staffMemberId;
	/** The payroll month it settles, {@code 2026-11}. */
	@Indexed
	private final String month;
	private final Money amount;
	private final PaymentMethod method;
	private final LocalDate day;
	private final Instant at;
	private final String by;

	@PersistenceCreator
	SalaryPayout(UUID operationId, UUID staffMemberId, String month, Money amount, PaymentMethod method, LocalDate day,
			Instant at, String by) {
		this.operationId = operationId;
		this.staffMemberId = staffMemberId;
		this.month = month;
		this.amount = amount;
		this.method = method;
		this.day = day;
		this.at = at;
		this.by = by;
	}

	static SalaryPayout of(SalaryPaid paid) {
		return new SalaryPayout(paid.operationId(), paid.staffMemberId(), paid.month(), paid.amount(),
				paid.method(), paid.day(), paid.at(), paid.by());
	}

	public UUID operationId() {
		return operationId;
	}

	public StaffMemberId staffMemberId() {
		return new StaffMemberId(staffMemberId);
	}

	public YearMonth month() {
		return YearMonth.parse(month);
	}

	public Money amount() {
		return amount;
	}

	public PaymentMethod method() {
		return method;
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
}
