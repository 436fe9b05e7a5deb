package com.clubstom.medicalrecord;

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

import com.clubstom.kernel.Money;

/**
 * A service of the catalogue: its {@link ServiceDetails} and its prices over time, each in effect from a date until the
 * next one, so that what was planned or done earlier keeps its price ({@link #priceOn}). A new price from a date replaces
 * the prices set from that date on and leaves the earlier ones alone; once a service has a price, new prices apply from
 * today at the earliest. A retired service is kept (plans and visits point at it) but no longer offered. Every change is
 * announced; two editors are kept apart by {@link Version}.
 */
@AggregateRoot
@Document("clinical_services")
public class ClinicalService extends AbstractAggregateRoot<ClinicalService> {

	/** Prices further ahead than this are a typing mistake (a year in the date). */
	static final int FURTHEST_AHEAD_YEARS = 1;

	@Id
	@Identity
	private final UUID id;

	private ServiceDetails details;
	private List<ServicePrice> prices;
	private boolean active;
	private Instant changedAt;
	private String changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	ClinicalService(UUID id, ServiceDetails details, List<ServicePrice> prices, boolean active, Instant changedAt,
			String changedBy, Long version) {
		this.id = id;
		this.details = details;
		this.prices = prices == null ? new ArrayList<>() : new ArrayList<>(prices);
		this.prices.sort(Comparator.comparing(ServicePrice::effectiveFrom));
		this.active = active;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	/**
	 * A new active service priced {@code price} from {@code effectiveFrom} (any date: a new service has no history).
	 *
	 * @throws InvalidServiceException when the details or the price break a rule
	 */
	static ClinicalService add(ServiceDetails details, LocalDate effectiveFrom, Money price, Instant at, String by) {
		var violations = new ArrayList<>(details.violations());
		violations.addAll(checkPrice(effectiveFrom, price, null, null));
		if (!violations.isEmpty()) {
			throw new InvalidServiceException(violations);
		}
		var service = new ClinicalService(UUID.randomUUID(), details, List.of(), true, at, by, null);
		service.registerEvent(new ClinicalServiceChanged(service.id(), details, true, at, by));
		service.setPrice(effectiveFrom, price, at, by);
		return service;
	}

	/** Describes the service anew; its prices stay. */
	void describe(ServiceDetails newDetails, Instant at, String by) {
		var violations = newDetails.violations();
		if (!violations.isEmpty()) {
			throw new InvalidServiceException(violations);
		}
		if (newDetails.equals(details)) {
			return;
		}
		details = newDetails;
		touched(at, by);
		registerEvent(new ClinicalServiceChanged(id(), details, active, at, by));
	}

	/**
	 * Prices the service {@code price} from {@code effectiveFrom} on, replacing the prices set from that date on.
	 *
	 * @throws InvalidServiceException when {@link #checkPrice} finds a broken rule
	 */
	void changePrice(LocalDate effectiveFrom, Money price, LocalDate today, Instant at, String by) {
		var violations = checkPrice(effectiveFrom, price, isPriced() ? today : null, today);
		if (!violations.isEmpty()) {
			throw new InvalidServiceException(violations);
		}
		setPrice(effectiveFrom, price, at, by);
	}

	private void setPrice(LocalDate effectiveFrom, Money price, Instant at, String by) {
		prices.removeIf(entry -> !entry.effectiveFrom().isBefore(effectiveFrom));
		prices.add(new ServicePrice(effectiveFrom, price));
		touched(at, by);
		registerEvent(new PriceChanged(id(), details.code(), details.name(), effectiveFrom, price, at, by));
	}

	/**
	 * The rules a new price keeps, named as the fields of the price form: a date (not before {@code earliest} when given,
	 * and at most a year after {@code today} when given) and an amount of zero or more.
	 */
	public static List<Violation> checkPrice(LocalDate effectiveFrom, Money price, LocalDate earliest, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (effectiveFrom == null) {
			violations.add(new Violation("effectiveFrom", "service.effective-from.required"));
		}
		else if (earliest != null && effectiveFrom.isBefore(earliest)) {
			violations.add(new Violation("effectiveFrom", "service.effective-from.past"));
		}
		else if (today != null && effectiveFrom.isAfter(today.plusYears(FURTHEST_AHEAD_YEARS))) {
			violations.add(new Violation("effectiveFrom", "service.effective-from.too-far"));
		}
		if (price == null) {
			violations.add(new Violation("price", "service.price.required"));
		}
		else if (price.isNegative()) {
			violations.add(new Violation("price", "service.price.negative"));
		}
		return violations;
	}

	void retire(Instant at, String by) {
		if (!active) {
			return;
		}
		active = false;
		touched(at, by);
		registerEvent(new ClinicalServiceRetired(id(), details.code(), details.name(), at, by));
	}

	void reinstate(Instant at, String by) {
		if (active) {
			return;
		}
		active = true;
		touched(at, by);
		registerEvent(new ClinicalServiceChanged(id(), details, true, at, by));
	}

	private void touched(Instant at, String by) {
		changedAt = at;
		changedBy = by;
	}

	/** The price in effect on {@code date}: the latest one effective on or before it; none before the first. */
	public Optional<Money> priceOn(LocalDate date) {
		for (int index = prices.size() - 1; index >= 0; index--) {
			if (!prices.get(index).effectiveFrom().isAfter(date)) {
				return Optional.of(prices.get(index).price());
			}
		}
		return Optional.empty();
	}

	/** Every price on record, the earliest first. */
	public List<ServicePrice> prices() {
		return List.copyOf(prices);
	}

	public boolean isPriced() {
		return !prices.isEmpty();
	}

	public ClinicalServiceId id() {
		return new ClinicalServiceId(id);
	}

	public ServiceDetails details() {
		return details;
	}

	public String name() {
		return details.name();
	}

	public String code() {
		return details.code();
	}

	public ServiceCategory category() {
		return details.category();
	}

	public int durationMinutes() {
		return details.durationMinutes();
	}

	public boolean perTooth() {
		return details.perTooth();
	}

	public boolean isActive() {
		return active;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	/** The version the editor saw: 0 for a service never saved, and a new one with every save. */
	public long version() {
		return version == null ? 0 : version + 1;
	}
}
