package com.clubstom.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.Patient;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.Position;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;

/**
 * Benchmark data: with {@code --clubstom.generate.ledger=N} ({@code ./clubstom generate-ledger N}) writes N ledger
 * entries of the registry's patients over the clinic's last {@code clubstom.generate.ledger-days} days (730 unless
 * told; Sundays off), then stops the application. Day after day, patients come to the front desk: a visit is charged
 * (one to three procedures of the price list), mostly paid at once by cash, card, transfer or the insurer, sometimes in
 * part or later; some pay in advance, a few get a discount or their advance back. Each account is numbered 1, 2, 3 … in
 * order and its counter in {@code patient_accounts} set to match; every payment, deposit and refund has its receipt
 * (the year's counters continue after them) and its cash desk operation ({@code sourceKey}); the day's counter, a
 * purchase now and then and the evening's bank deposit complete each day, and every day before today is closed with its
 * opening and closing cash, as a clinic closes its days. Today stays open.
 * <p>
 * Everything is built with the context's own factories ({@link LedgerEntry#charge}, {@link LedgerEntry#posted},
 * {@link CashOperation#mirroring}, {@link CashOperation#entered}, {@link DailyCashReport}) and written through the
 * application's mapping, but in unordered bulk inserts of {@value #BATCH}: no transactions, locks, events or audit, like
 * history imported from an earlier system. Only patients without an account are used (the demo's charged visits are
 * waited for first); a database whose days from the first generated one on are closed already is refused.
 */
@Component
@ConditionalOnProperty("clubstom.generate.ledger")
class LedgerGenerator {

	private static final Logger LOG = LoggerFactory.getLogger(LedgerGenerator.class);
	static final int BATCH = 10_000;
	private static final long PROGRESS_EVERY = 200_000;
	/** Fewer patients than this crowd their accounts: a clinic with two million entries has seen many more people. */
	static final int FEW_PATIENTS = 20_000;
	static final String FRONT_DESK = "admin";
	static final String DOCTOR = "doctor";
	static final String BOOKKEEPER = "accountant";
	private static final LocalTime OPENS = LocalTime.of(9, 0);
	private static final LocalTime CLOSES = LocalTime.of(21, 0);
	private static final List<String> INSURERS = List.of("СОГАЗ", "Ингосстрах", "РЕСО-Гарантия", "АльфаСтрахование");
	private static final int[] TEETH = { 16, 17, 26, 27, 36, 37, 46, 47, 15, 25, 35, 45, 11, 21, 12, 22 };
	private static final long TILL_FLOAT = 10_000_00L;
	private static final String EVENT_PUBLICATIONS = "event_publication";

	private final MongoTemplate mongo;
	private final CashDesk cashDesk;
	private final ServiceCatalogue catalogue;
	private final StaffDirectory staff;
	private final ClinicProfile clinic;
	private final Clock clock;
	private final long howMany;
	private final int days;
	private final ConfigurableApplicationContext context;

	LedgerGenerator(MongoTemplate mongo, CashDesk cashDesk, ServiceCatalogue catalogue, StaffDirectory staff,
			ClinicProfile clinic, Clock clock, @Value("${clubstom.generate.ledger}") long howMany,
			@Value("${clubstom.generate.ledger-days:730}") int days, ConfigurableApplicationContext context) {
		if (howMany < 1 || days < 1) {
			throw new IllegalArgumentException("Generate at least one entry over at least one day");
		}
		this.mongo = mongo;
		this.cashDesk = cashDesk;
		this.catalogue = catalogue;
		this.staff = staff;
		this.clinic = clinic;
		this.clock = clock;
		this.howMany = howMany;
		this.days = days;
		this.context = context;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100) // after the demo data it draws on (price list, staff, the demo visits' charges), seeded when ready
	void run() {
		var exitCode = 0;
		try {
			generate();
		}
		catch (RuntimeException failed) {
			LOG.error("Generating the ledger failed", failed);
			exitCode = 1;
		}
		// generator mode only: the job is done, so is the application
		var code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	/** What was written. */
	record Summary(int patients, long entries, long cashOperations, int closedDays, LocalDate from, LocalDate to) {
	}

	Summary generate() {
		var started = System.nanoTime();
		awaitVisitCharges();
		var zone = clinic.timeZone();
		var now = ZonedDateTime.now(clock.withZone(zone));
		var today = now.toLocalDate();
		var first = today.minusDays(days - 1L);
		var closed = mongo.findOne(new Query(Criteria.where("closed").is(true).and("day").gte(first))
				.with(Sort.by("day").descending()), CashDay.class);
		if (closed != null) {
			throw new IllegalStateException("The cash desk has closed days from " + first + " on (up to " + closed.day()
					+ "): generate the ledger into a fresh database");
		}
		var pool = patientsWithoutAccount();
		if (pool.isEmpty()) {
			throw new IllegalStateException("No patient without an account: add patients first (./clubstom generate-patients 50000)");
		}
		if (pool.size() < FEW_PATIENTS) {
			LOG.warn("Only {} patients without an account: {} entries make about {} each. For a realistic spread add patients"
					+ " first: ./clubstom generate-patients 50000", pool.size(), howMany, howMany / pool.size());
		}
		var services = catalogue.all().stream().filter(ClinicalService::isActive).filter(ClinicalService::isPriced).toList();
		if (services.isEmpty()) {
			throw new IllegalStateException("The price list is empty: run with the demo profile (or price some services)");
		}
		var doctors = staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position() == Position.DOCTOR).map(member -> member.id().value()).toList();
		var clinicDays = clinicDays(first, now);
		LOG.info("Generating {} ledger entries for {} patients over {} clinic days, {} to {}...", howMany, pool.size(),
				clinicDays.size(), first, today);

		var history = new History(pool, services, doctors, zone, new Random(20_261_125L));
		try (var writer = new BulkWriter()) {
			history.write(clinicDays, today, writer, started);
		}
		history.saveCounters(today);
		var millis = (System.nanoTime() - started) / 1_000_000;
		var summary = new Summary(history.patientsUsed(), history.entries, history.operationCount, history.closedDays, first, today);
		LOG.info("Generated {} ledger entries of {} patients and {} cash desk operations over {} closed days and today in {} ms"
				+ " ({} entries per second); the ledger now holds {}", summary.entries(), summary.patients(),
				summary.cashOperations(), summary.closedDays(), millis, millis == 0 ? howMany : howMany * 1000 / millis,
				mongo.getCollection(LedgerEntry.COLLECTION).estimatedDocumentCount());
		return summary;
	}

	/**
	 * The demo's visits are charged in the background once the application is ready: their accounts must be there before
	 * the pool is read, so that no account is numbered twice. Waits for those deliveries (two minutes at most).
	 */
	private void awaitVisitCharges() {
		var pending = new Query(Criteria.where("listenerId").regex("ChargingForVisits").and("completionDate").is(null)
				.and("status").ne("FAILED"));
		var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (mongo.collectionExists(EVENT_PUBLICATIONS) && mongo.exists(pending, EVENT_PUBLICATIONS)) {
			if (System.nanoTime() > deadline) {
				LOG.warn("Visits are still being charged after two minutes; going on without waiting for them");
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for visits to be charged", interrupted);
			}
		}
	}

	/** The registry's patients whose account has no entry yet, in the registry's order. */
	private List<UUID> patientsWithoutAccount() {
		var accounts = new HashSet<Object>();
		mongo.getCollection(AccountLocks.ACCOUNTS).find().projection(Projections.include("_id"))
				.forEach(account -> accounts.add(account.get("_id")));
		var pool = new ArrayList<UUID>();
		mongo.getCollection(mongo.getCollectionName(Patient.class)).find().projection(Projections.include("_id"))
				.forEach(patient -> {
					if (patient.get("_id") instanceof UUID id && !accounts.contains(id)) {
						pool.add(id);
					}
				});
		return pool;
	}

	/** The clinic's working days (Monday to Saturday) from {@code first} to today, Saturdays and today shorter. */
	private static List<ClinicDay> clinicDays(LocalDate first, ZonedDateTime now) {
		var result = new ArrayList<ClinicDay>();
		for (var day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			var closes = day.getDayOfWeek() == DayOfWeek.SATURDAY ? LocalTime.of(16, 0) : CLOSES;
			if (day.equals(now.toLocalDate())) {
				var time = now.toLocalTime();
				closes = time.isBefore(closes) ? time : closes;
			}
			var minutes = Duration.between(OPENS, closes).toMinutes();
			if (minutes > 30) {
				result.add(new ClinicDay(day, closes, minutes));
			}
		}
		return result;
	}

	/** A working day: the entries it gets are in proportion to the minutes it is open. */
	private record ClinicDay(LocalDate day, LocalTime closes, long minutes) {

		/** The moment of the {@code index}th of {@code expected} visits, evenly through the day. */
		Instant at(long index, long expected, ZoneId zone) {
			var offset = Math.min(minutes * 60 - 60, minutes * 60 * index / Math.max(1, expected));
			return day.atTime(OPENS).plusSeconds(offset).atZone(zone).toInstant();
		}
	}

	/** The clinic's history, day by day: every patient's account and the till. Amounts in kopecks. */
	private final class History {

		private final UUID[] patients;
		private final double[] likelihood;
		private final long[] numbers;
		private final long[] balances;
		private final List<ClinicalService> services;
		private final List<UUID> doctors;
		private final ZoneId zone;
		private final Random random;
		private final Map<Integer, Long> receipts = new TreeMap<>();
		private final Map<Integer, Long> receiptsIssued = new TreeMap<>();
		private final List<CashDayWrite> cashDays = new ArrayList<>();
		private long entries;
		private long operationCount;
		private int closedDays;

		History(List<UUID> pool, List<ClinicalService> services, List<UUID> doctors, ZoneId zone, Random random) {
			this.patients = pool.toArray(UUID[]::new);
			this.numbers = new long[patients.length];
			this.balances = new long[patients.length];
			this.services = services;
			this.doctors = doctors;
			this.zone = zone;
			this.random = random;
			// most patients come now and then, some often, a few (long treatment, a family's card) very often
			this.likelihood = new double[patients.length];
			var total = 0.0;
			for (int index = 0; index < patients.length; index++) {
				var draw = random.nextDouble();
				total += draw < 0.6 ? 1 : draw < 0.9 ? 2 : 5;
				likelihood[index] = total;
			}
		}

		void write(List<ClinicDay> clinicDays, LocalDate today, BulkWriter writer, long started) {
			var totalMinutes = clinicDays.stream().mapToLong(ClinicDay::minutes).sum();
			var existing = existingOperations(clinicDays.isEmpty() ? today : clinicDays.get(0).day());
			var till = clinicDays.isEmpty() ? 0 : kopecks(cashDesk.reportFor(clinicDays.get(0).day()).openingCash());
			long minutesSoFar = 0;
			for (var clinicDay : clinicDays) {
				minutesSoFar += clinicDay.minutes();
				var target = Math.round((double) howMany * minutesSoFar / totalMinutes);
				var day = new Day(clinicDay.day(), till, existing.getOrDefault(clinicDay.day(), List.of()), target - entries, writer);
				var expected = Math.max(1, (target - entries) * 10 / 19);
				for (long visit = 0; !day.full(); visit++) {
					episode(day, patient(), clinicDay.at(visit, expected, zone));
				}
				if (clinicDay.day().isBefore(today)) {
					day.evening(clinicDay.day().atTime(clinicDay.closes()).atZone(zone).toInstant());
					closedDays++;
				}
				cashDays.add(day.closing(clinicDay.day().isBefore(today),
						clinicDay.day().atTime(clinicDay.closes()).plusMinutes(15).atZone(zone).toInstant()));
				till = day.till;
				var before = entries - day.written;
				if (entries / PROGRESS_EVERY > before / PROGRESS_EVERY || entries == howMany) {
					LOG.info("  {} of {} entries, up to {} ({} s)", entries, howMany, clinicDay.day(),
							(System.nanoTime() - started) / 1_000_000_000);
				}
			}
		}

		/** A patient at the front desk: mostly after a visit (charged, then paid), now and then for money alone. */
		private void episode(Day day, int patient, Instant at) {
			var draw = random.nextDouble();
			if (draw < 0.03 && balances[patient] > 0) {
				day.refund(patient, balances[patient], at);
				return;
			}
			if (draw < 0.08) {
				if (balances[patient] < 0) {
					day.pay(patient, -balances[patient], at);
				}
				else {
					day.deposit(patient, at);
				}
				return;
			}
			if (random.nextDouble() < 0.04) {
				day.deposit(patient, at);
			}
			var charged = day.charge(patient, at.plusSeconds(10));
			var debt = -balances[patient];
			if (debt <= 0 || charged == 0) {
				return;
			}
			if (random.nextDouble() < 0.01) {
				var discount = Math.min(debt, Math.max(100_00L, charged / 20 / 100 * 100));
				day.discount(patient, discount, at.plusSeconds(15));
				debt -= discount;
			}
			var paying = random.nextDouble();
			if (debt > 0 && paying < 0.80) {
				day.pay(patient, debt, at.plusSeconds(20));
			}
			else if (debt > 0 && paying < 0.88) {
				day.pay(patient, Math.min(debt, Math.max(100_00L, debt / 2 / 100_00L * 100_00L)), at.plusSeconds(20));
			}
		}

		private int patient() {
			var index = Arrays.binarySearch(likelihood, random.nextDouble() * likelihood[likelihood.length - 1]);
			return Math.min(patients.length - 1, index >= 0 ? index : -index - 1);
		}

		private String receipt(int year) {
			var next = receipts.computeIfAbsent(year, this::receiptsIssuedBefore) + 1;
			receipts.put(year, next);
			receiptsIssued.merge(year, 1L, Long::sum);
			return "%d-%06d".formatted(year, next);
		}

		private long receiptsIssuedBefore(int year) {
			var counter = mongo.findById("receipts-" + year, Document.class, AccountLocks.COUNTERS);
			return counter == null ? 0 : ((Number) counter.get("issued")).longValue();
		}

		int patientsUsed() {
			return (int) Arrays.stream(numbers).filter(number -> number > 0).count();
		}

		/** The accounts' and the receipts' counters, and the days: where the application goes on from. */
		void saveCounters(LocalDate today) {
			var accounts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AccountLocks.ACCOUNTS);
			var pending = 0;
			for (int index = 0; index < patients.length; index++) {
				if (numbers[index] > 0) {
					accounts.upsert(new Query(Criteria.where("_id").is(patients[index])), new Update().inc("entries", numbers[index]));
					if (++pending == BATCH) {
						accounts.execute();
						accounts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AccountLocks.ACCOUNTS);
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				accounts.execute();
			}
			receiptsIssued.forEach((year, issued) -> mongo.upsert(new Query(Criteria.where("_id").is("receipts-" + year)),
					new Update().inc("issued", issued), AccountLocks.COUNTERS));
			if (!cashDays.isEmpty()) {
				var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CashDay.class);
				cashDays.forEach(write -> bulk.upsert(new Query(Criteria.where("_id").is(CashDay.idOf(write.day()))), write.update()));
				bulk.execute();
			}
		}

		/** Operations already recorded on the days to come (the demo's, someone's at the desk today), by day. */
		private Map<LocalDate, List<CashOperation>> existingOperations(LocalDate first) {
			var byDay = new HashMap<LocalDate, List<CashOperation>>();
			mongo.find(new Query(Criteria.where("day").gte(first)).with(Sort.by("day", "number")),
					CashOperation.class).forEach(operation -> byDay.computeIfAbsent(operation.day(), any -> new ArrayList<>())
							.add(operation));
			return byDay;
		}

		/** A business day being written: its operations in order, the till, and how many entries it still takes. */
		private final class Day {

			private final LocalDate date;
			private final Money opening;
			private final List<CashOperation> operations;
			private final BulkWriter writer;
			private long number;
			private long till;
			private long room;
			private long written;

			Day(LocalDate date, long till, List<CashOperation> existing, long room, BulkWriter writer) {
				this.date = date;
				this.opening = money(till);
				this.operations = new ArrayList<>(existing);
				this.writer = writer;
				this.till = till + existing.stream().filter(operation -> operation.method().isCash())
						.mapToLong(operation -> kopecks(operation.signed())).sum();
				var counter = mongo.findById(CashDay.idOf(date), CashDay.class);
				this.number = Math.max(counter == null ? 0 : counter.operations(),
						existing.stream().mapToLong(CashOperation::number).max().orElse(0));
				this.room = Math.max(0, Math.min(room, howMany - entries));
			}

			boolean full() {
				return room == 0;
			}

			/** One to three procedures of the price list, at their prices that day, a few with a discount. */
			long charge(int patient, Instant at) {
				if (full()) {
					return 0;
				}
				var count = random.nextDouble() < 0.5 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
				var lines = new ArrayList<ChargeLine>(count);
				for (int line = 0; line < count; line++) {
					var service = services.get(random.nextInt(services.size()));
					var price = service.priceOn(date).orElseGet(() -> service.prices().get(0).price());
					var tooth = service.perTooth() ? Integer.valueOf(TEETH[random.nextInt(TEETH.length)]) : null;
					var quantity = !service.perTooth() && random.nextDouble() < 0.1 ? 2 : 1;
					var gross = kopecks(price) * quantity;
					var discount = random.nextDouble() < 0.1 ? gross / 100 * (random.nextBoolean() ? 5 : 10) / 100 * 100 : 0;
					lines.add(new ChargeLine(service.code(), service.name(), tooth, quantity, price, money(discount),
							money(gross - discount)));
				}
				var visit = UUID.randomUUID();
				var doctor = doctors.isEmpty() ? null : doctors.get(random.nextInt(doctors.size()));
				var entry = LedgerEntry.charge(new Charge("visit:" + visit, patients[patient], visit, doctor, date, lines, false, null,
						DOCTOR), ++numbers[patient], at);
				add(patient, entry);
				return -kopecks(entry.amount());
			}

			void pay(int patient, long amount, Instant at) {
				var draw = random.nextDouble();
				var method = draw < 0.35 ? PaymentMethod.CASH : draw < 0.80 ? PaymentMethod.CARD
						: draw < 0.88 ? PaymentMethod.TRANSFER : PaymentMethod.INSURANCE;
				var posting = Posting.payment(money(amount), method);
				if (method == PaymentMethod.INSURANCE) {
					posting = posting.byInsurer(INSURERS.get(random.nextInt(INSURERS.size())));
				}
				post(patient, posting, at, FRONT_DESK);
			}

			void deposit(int patient, Instant at) {
				var draw = random.nextDouble();
				var method = draw < 0.5 ? PaymentMethod.CASH : draw < 0.9 ? PaymentMethod.CARD : PaymentMethod.TRANSFER;
				post(patient, Posting.deposit(money((5 + random.nextInt(26)) * 1_000_00L), method), at, FRONT_DESK);
			}

			/** The advance handed back: in cash when the till holds it, else to the card. */
			void refund(int patient, long amount, Instant at) {
				var method = till >= amount && random.nextBoolean() ? PaymentMethod.CASH : PaymentMethod.CARD;
				post(patient, Posting.refund(money(amount), method, "Возврат аванса по заявлению пациента"), at,
						amount > 5_000_00L ? BOOKKEEPER : FRONT_DESK);
			}

			void discount(int patient, long amount, Instant at) {
				post(patient, new Posting(EntryKind.DISCOUNT, money(amount), null, null, null, "Скидка постоянному пациенту"), at,
						BOOKKEEPER);
			}

			private void post(int patient, Posting posting, Instant at, String by) {
				if (full()) {
					return;
				}
				var receipt = posting.kind().movesMoney() ? receipt(date.getYear()) : null;
				var entry = LedgerEntry.posted(patients[patient], ++numbers[patient], posting, receipt, date, at, by);
				add(patient, entry);
				if (entry.kind().movesMoney()) {
					record(CashOperation.mirroring(entry, date, ++number));
				}
			}

			private void add(int patient, LedgerEntry entry) {
				balances[patient] += kopecks(entry.amount());
				writer.entry(entry);
				entries++;
				written++;
				room--;
			}

			private void record(CashOperation operation) {
				operations.add(operation);
				if (operation.method().isCash()) {
					till += kopecks(operation.signed());
				}
				writer.operation(operation);
				operationCount++;
			}

			/** The evening at the desk: now and then a purchase paid from the till, then the cash over the float to the bank. */
			void evening(Instant closes) {
				if (random.nextDouble() < 0.35) {
					var categories = List.of(CashCategory.MATERIALS, CashCategory.INSTRUMENTS, CashCategory.MEDICINES,
							CashCategory.OFFICE_SUPPLIES);
					var comments = List.of("Композит и адгезив", "Боры и эндофайлы", "Анестетики", "Канцтовары");
					var which = random.nextInt(categories.size());
					var amount = (10 + random.nextInt(190)) * 100_00L;
					var method = till >= amount ? PaymentMethod.CASH : PaymentMethod.TRANSFER;
					record(CashOperation.entered(new CashRequest(CashKind.PURCHASE, categories.get(which), money(amount), method,
							comments.get(which), null, null), date, ++number, closes.minusSeconds(1800), BOOKKEEPER));
				}
				if (till > 3 * TILL_FLOAT) {
					var amount = (till - TILL_FLOAT) / 1_000_00L * 1_000_00L;
					record(CashOperation.entered(new CashRequest(CashKind.BANK_DEPOSIT, CashCategory.BANK_DEPOSIT, money(amount),
							PaymentMethod.CASH, "Инкассация", null, null), date, ++number, closes.minusSeconds(600), BOOKKEEPER));
				}
			}

			/** The day's document: its counter, and for a past day the figures it is closed with, as {@link CashDesk#close}. */
			CashDayWrite closing(boolean close, Instant closedAt) {
				var update = new Update().setOnInsert("day", date).set("operations", number);
				if (!close) {
					return new CashDayWrite(date, update.set("closed", false));
				}
				var report = new DailyCashReport(date, opening, operations, null);
				return new CashDayWrite(date, update.set("closed", true).set("openingCash", report.openingCash())
						.set("closingCash", report.closingCash()).set("income", report.income()).set("outgoings", report.outgoings())
						.set("closedAt", closedAt).set("closedBy", BOOKKEEPER));
			}
		}
	}

	private record CashDayWrite(LocalDate day, Update update) {
	}

	/** Entries and operations as the application maps them, inserted unordered in batches while the next are built. */
	private final class BulkWriter implements AutoCloseable {

		private final ExecutorService executor = Executors.newSingleThreadExecutor();
		private final List<Document> entries = new ArrayList<>(BATCH);
		private final List<Document> operations = new ArrayList<>(BATCH);
		private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

		void entry(LedgerEntry entry) {
			add(entry, entries, LedgerEntry.COLLECTION);
		}

		void operation(CashOperation operation) {
			add(operation, operations, CashOperation.COLLECTION);
		}

		private void add(Object entity, List<Document> batch, String collection) {
			var document = new Document();
			mongo.getConverter().write(entity, document);
			batch.add(document);
			if (batch.size() == BATCH) {
				flush(batch, collection);
			}
		}

		private void flush(List<Document> batch, String collection) {
			if (batch.isEmpty()) {
				return;
			}
			var full = List.copyOf(batch);
			batch.clear();
			writing.join();
			writing = CompletableFuture.runAsync(
					() -> mongo.getCollection(collection).insertMany(full, new InsertManyOptions().ordered(false)), executor);
		}

		@Override
		public void close() {
			try {
				flush(entries, LedgerEntry.COLLECTION);
				flush(operations, CashOperation.COLLECTION);
				writing.join();
			}
			finally {
				executor.shutdown();
			}
		}
	}

	private static long kopecks(Money money) {
		return money.amount().movePointRight(2).longValueExact();
	}

	private static Money money(long kopecks) {
		return Money.of(BigDecimal.valueOf(kopecks, 2));
	}
}
