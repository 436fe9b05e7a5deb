package com.clubstom.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How one staff member is paid over time: their {@link PayTerms}, each effective from a date until the next one. Stored
 * under the staff member's id. History is kept: new terms effective from a date replace the terms from that date on
 * and leave the earlier ones alone. Closed payroll months are not rewritten: terms apply at the earliest from the first
 * day of the previous month (the month being paid out now), and at the latest a year ahead. Every change is announced
 * with {@link PaySchemeChanged}; two editors are kept apart by {@link Version}.
 */
@AggregateRoot
@Document("pay_histories")
public class PayHistory extends AbstractAggregateRoot<PayHistory> {

	/** Terms further ahead than this are a typing mistake (a year in the date). */
	static final int FURTHEST_AHEAD_YEARS = 1;

	@Id
	@Identity
	private final UUID id;

	private List<PayTerms> entries;
	private Instant changedAt;
	private String changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	PayHistory(UUID id, List<PayTerms> entries, Instant changedAt, String changedBy, Long version) {
		this.id = id;
		this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
		this.entries.sort(Comparator.comparing(PayTerms::effectiveFrom));
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	/** The history of someone whose pay was never set: no terms. */
	static PayHistory emptyFor(StaffMemberId staffMember) {
		return new PayHistory(staffMember.value(), List.of(), null, null, null);
	}

	/**
	 * Pays the person on {@code terms} from {@code effectiveFrom} on, replacing the terms held from that date on.
	 *
	 * @throws InvalidPayTermsException when {@link #check} finds a broken rule
	 */
	void setTerms(LocalDate effectiveFrom, PayTerms terms, LocalDate today, Instant at, String by) {
		var violations = check(effectiveFrom, terms, today);
		if (!violations.isEmpty()) {
			throw new InvalidPayTermsException(violations);
		}
		var dated = terms.from(effectiveFrom);
		entries.removeIf(entry -> !entry.effectiveFrom().isBefore(effectiveFrom));
		entries.add(dated);
		changedAt = at;
		changedBy = by;
		registerEvent(new PaySchemeChanged(staffMemberId(), effectiveFrom, dated, at, by));
	}

	/**
	 * The rules new terms keep, named as the fields of the pay form ({@code effectiveFrom} and those of
	 * {@link PayTerms#violations()}): a date from the first day of the month before {@code today}'s to a year ahead,
	 * and terms that keep their own rules.
	 */
	public static List<RuleViolation> check(LocalDate effectiveFrom, PayTerms terms, LocalDate today) {
		var violations = new ArrayList<RuleViolation>();
		if (effectiveFrom == null) {
			violations.add(new RuleViolation("effectiveFrom", "pay.effective-from.required"));
		}
		else if (effectiveFrom.isBefore(earliestEffectiveFrom(today))) {
			violations.add(new RuleViolation("effectiveFrom", "pay.effective-from.closed-month"));
		}
		else if (effectiveFrom.isAfter(today.plusYears(FURTHEST_AHEAD_YEARS))) {
			violations.add(new RuleViolation("effectiveFrom", "pay.effective-from.too-far"));
		}
		violations.addAll(terms.violations());
		return violations;
	}

	/** The first day of the month before {@code today}'s: earlier months are closed. */
	public static LocalDate earliestEffectiveFrom(LocalDate today) {
		return today.withDayOfMonth(1).minusMonths(1);
	}

	/** The terms that apply on {@code date}: the latest ones effective on or before it; none before the first. */
	public Optional<PayTerms> effectiveOn(LocalDate date) {
		for (int index = entries.size() - 1; index >= 0; index--) {
			if (!entries.get(index).effectiveFrom().isAfter(date)) {
				return Optional.of(entries.get(index));
			}
		}
		return Optional.empty();
	}

	/** Every terms on record, the earliest first. */
	public List<PayTerms> entries() {
		return List.copyOf(entries);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public StaffMemberId staffMemberId() {
		return new StaffMemberId(id);
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	/** The version the editor saw: 0 while nothing was ever set, and a new one with every save. */
	public long version() {
		return version == null ? 0 : version + 1;
	}
}
