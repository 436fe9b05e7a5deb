package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.kernel.Money;

/**
 * The medical record's API for the catalogue of clinical services and its price list: the owner or the accountant adds,
 * describes, prices, retires and reinstates services and imports the price list from a spreadsheet; everyone looks
 * services and prices up. Plans and finance ask which price applies on a date (or listen to {@link PriceChanged}).
 * "Today" is today in the clinic's time zone. Each change is saved with its events in one transaction.
 */
@Service
public class ServiceCatalogue {

	private static final Comparator<ClinicalService> PRICE_LIST_ORDER = Comparator
			.comparing(ClinicalService::category)
			.thenComparing(service -> service.code() == null ? "\uffff" : service.code())
			.thenComparing(ClinicalService::name);

	private final ClinicalServices services;
	private final Clock clock;
	private final ZoneId zone;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	ServiceCatalogue(ClinicalServices services, Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone,
			TransactionOperations transactions, ObjectProvider<Actors> actors) {
		this.services = services;
		this.clock = clock;
		this.zone = zone;
		this.transactions = transactions;
		this.actors = actors;
	}

	/**
	 * Adds an active service priced from {@code effectiveFrom}.
	 *
	 * @throws InvalidServiceException when a rule is broken, or another service has the code
	 */
	public ClinicalServiceId add(ServiceDetails details, LocalDate effectiveFrom, Money price) {
		return transactions.execute(status -> {
			requireCodeFree(details.code(), null);
			var service = ClinicalService.add(details, effectiveFrom, price, clock.instant(), actor());
			services.save(service);
			return service.id();
		});
	}

	/**
	 * Describes the service anew, as the editor decided seeing it at {@code seenVersion}.
	 *
	 * @throws InvalidServiceException when a rule is broken, or another service has the code
	 * @throws ServiceChangedMeanwhileException when someone else changed it after the editor saw it
	 */
	public void describe(ClinicalServiceId id, ServiceDetails details, long seenVersion) {
		change(id, seenVersion, service -> {
			requireCodeFree(details.code(), id);
			service.describe(details, clock.instant(), actor());
		});
	}

	/**
	 * Prices the service {@code price} from {@code effectiveFrom} on (today at the earliest), as the editor decided
	 * seeing it at {@code seenVersion}.
	 *
	 * @throws InvalidServiceException when the date or the price break a rule
	 * @throws ServiceChangedMeanwhileException when someone else changed it after the editor saw it
	 */
	public void changePrice(ClinicalServiceId id, LocalDate effectiveFrom, Money price, long seenVersion) {
		change(id, seenVersion, service -> service.changePrice(effectiveFrom, price, today(), clock.instant(), actor()));
	}

	/** Stops offering the service; it stays on record. */
	public void retire(ClinicalServiceId id) {
		change(id, -1, service -> service.retire(clock.instant(), actor()));
	}

	/** Offers a retired service again. */
	public void reinstate(ClinicalServiceId id) {
		change(id, -1, service -> service.reinstate(clock.instant(), actor()));
	}

	private void change(ClinicalServiceId id, long seenVersion, java.util.function.Consumer<ClinicalService> change) {
		try {
			transactions.executeWithoutResult(status -> {
				var service = find(id).orElseThrow(() -> new UnknownServiceException(id));
				if (seenVersion >= 0 && service.version() != seenVersion) {
					throw new ServiceChangedMeanwhileException(id);
				}
				change.accept(service);
				services.save(service);
			});
		}
		catch (OptimisticLockingFailureException racedWithAnotherSave) {
			throw new ServiceChangedMeanwhileException(id);
		}
	}

	private void requireCodeFree(String code, ClinicalServiceId self) {
		if (code == null) {
			return;
		}
		var holder = findByCode(code);
		if (holder.isPresent() && !holder.get().id().equals(self)) {
			throw new InvalidServiceException(List.of(new Violation("code", "service.code.taken")));
		}
	}

	public Optional<ClinicalService> find(ClinicalServiceId id) {
		return services.findById(id.value());
	}

	public Optional<ClinicalService> findByCode(String code) {
		return code == null ? Optional.empty() : services.findFirstByDetailsCode(code.strip().toUpperCase(Locale.ROOT));
	}

	/** Every service, retired ones too, in the order of the price list (category, code, name). */
	public List<ClinicalService> all() {
		return services.findAll().stream().sorted(PRICE_LIST_ORDER).toList();
	}

	/**
	 * The services whose name or code holds every word of {@code text} (case and ё/е not minding), of {@code category}
	 * when given, retired ones only when asked, in the order of the price list.
	 */
	public List<ClinicalService> search(String text, ServiceCategory category, boolean includeRetired) {
		var words = normalised(text == null ? "" : text).split("\\s+");
		return all().stream().filter(service -> includeRetired || service.isActive())
				.filter(service -> category == null || service.category() == category).filter(service -> {
					var haystack = normalised(service.name() + " " + (service.code() == null ? "" : service.code()));
					for (var word : words) {
						if (!word.isEmpty() && !haystack.contains(word)) {
							return false;
						}
					}
					return true;
				}).toList();
	}

	static String normalised(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	/** The price of the service on {@code date}; none for an unknown service or a date before its first price. */
	public Optional<Money> priceOn(ClinicalServiceId id, LocalDate date) {
		return find(id).flatMap(service -> service.priceOn(date));
	}

	/** The price list of {@code services} as a spreadsheet ({@link ServiceCsv}), with today's prices. */
	public byte[] export(List<ClinicalService> listed) {
		return ServiceCsv.write(listed, today());
	}

	/**
	 * Imports a price list ({@link ServiceCsv}): every row is checked first, and when any is rejected nothing is imported.
	 * Otherwise, in one transaction, a row with the code (or, without one, the name) of a service on record describes it
	 * anew and prices it from the row's date when the price then differs; any other row adds a service.
	 */
	public ImportReport importCsv(byte[] content) {
		var rows = ServiceCsv.read(content);
		var rejected = new ArrayList<ImportReport.Rejected>();
		var today = today();
		var seen = new HashMap<String, Integer>();
		var existing = new ArrayList<ClinicalService>();
		for (var row : rows) {
			var reasons = new ArrayList<>(row.violations());
			ClinicalService match = null;
			if (row.details() != null) {
				var key = row.details().code() != null ? row.details().code() : normalised(String.valueOf(row.details().name()));
				if (seen.putIfAbsent(key, row.line()) != null) {
					reasons.add(new Violation("code", "service.csv.repeated"));
				}
				match = matching(row.details()).orElse(null);
				if (match != null && reasons.isEmpty() && row.price() != null && row.effectiveFrom() != null
						&& !match.priceOn(row.effectiveFrom()).equals(Optional.of(row.price()))) {
					reasons.addAll(ClinicalService.checkPrice(row.effectiveFrom(), row.price(), today, today));
				}
			}
			existing.add(match);
			if (!reasons.isEmpty()) {
				rejected.add(new ImportReport.Rejected(row.line(), List.copyOf(reasons)));
			}
		}
		if (!rejected.isEmpty()) {
			return new ImportReport(rows.size() - rejected.size(), 0, 0, rejected);
		}
		var counts = transactions.execute(status -> {
			int added = 0;
			int updated = 0;
			var at = clock.instant();
			var by = actor();
			for (int index = 0; index < rows.size(); index++) {
				var row = rows.get(index);
				var match = existing.get(index);
				if (match == null) {
					services.save(ClinicalService.add(row.details(), row.effectiveFrom(), row.price(), at, by));
					added++;
					continue;
				}
				var changed = !match.details().equals(row.details());
				match.describe(row.details(), at, by);
				if (!match.priceOn(row.effectiveFrom()).equals(Optional.of(row.price()))) {
					match.changePrice(row.effectiveFrom(), row.price(), today, at, by);
					changed = true;
				}
				if (changed) {
					services.save(match);
					updated++;
				}
			}
			return new int[] { added, updated };
		});
		return new ImportReport(rows.size(), counts[0], counts[1], List.of());
	}

	private Optional<ClinicalService> matching(ServiceDetails details) {
		if (details.code() != null) {
			return findByCode(details.code());
		}
		var name = normalised(String.valueOf(details.name()));
		return services.findAll().stream().filter(service -> service.code() == null)
				.filter(service -> normalised(service.name()).equals(name)).findFirst();
	}

	/** Today in the clinic's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private String actor() {
		return actors.getIfAvailable(() -> Actor::system).current().username();
	}

	/** Someone else changed the service after the editor saw it; nothing was changed. */
	public static class ServiceChangedMeanwhileException extends RuntimeException {

		ServiceChangedMeanwhileException(ClinicalServiceId id) {
			super("The service " + id + " changed meanwhile");
		}
	}

	/** No service of the catalogue has the id. */
	public static class UnknownServiceException extends RuntimeException {

		UnknownServiceException(ClinicalServiceId id) {
			super("No service " + id);
		}
	}
}
