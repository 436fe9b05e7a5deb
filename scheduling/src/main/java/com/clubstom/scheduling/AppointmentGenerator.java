package com.clubstom.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.staff.WorkingSchedule;
import com.mongodb.client.model.InsertManyOptions;

/**
 * Benchmark data: with {@code --clubstom.generate.appointments=N} ({@code ./clubstom generate-appointments N}) fills the
 * calendar with N appointments, then stops the application. The clinic first gets its doctors ({@link SampleDoctors},
 * {@code clubstom.generate.doctors}, 20 unless told), then day after day, from years back to months ahead, every
 * doctor's hours are filled ({@link SampleDays}) with the registry's patients (up to 50 000 of them) and the price list's
 * services, around what the calendar holds already ({@link BookedDays}: the demo's weeks, an earlier run). The
 * appointments are written as the application writes them (its own mapping, version 0) but in unordered bulk inserts:
 * no transactions, locks, events or audit.
 * <p>
 * It starts once the application accepts traffic, which is after every demo seeder (they run when the application is
 * ready: the chairs, hours and price list must be in first).
 */
@Component
@ConditionalOnProperty("clubstom.generate.appointments")
class AppointmentGenerator {

	private static final Logger LOG = LoggerFactory.getLogger(AppointmentGenerator.class);
	private static final int BATCH = 5_000;
	private static final int PROGRESS_EVERY = 100_000;
	private static final int PATIENTS = 50_000;
	/** The share of the days that lie ahead: a clinic books weeks and months ahead, and keeps years of history. */
	private static final double AHEAD = 0.15;

	private final MongoTemplate mongo;
	private final SampleDoctors doctors;
	private final WorkingHours hours;
	private final PatientRegistry patients;
	private final ServiceCatalogue catalogue;
	private final StaffDirectory staff;
	private final Clock clock;
	private final long howMany;
	private final int doctorCount;
	private final ConfigurableApplicationContext context;

	AppointmentGenerator(MongoTemplate mongo, StaffDirectory staff, Chairs chairs, WorkingHours hours,
			PatientRegistry patients, ServiceCatalogue catalogue, Clock clock,
			@Value("${clubstom.generate.appointments}") long howMany,
			@Value("${clubstom.generate.doctors:20}") int doctorCount, ConfigurableApplicationContext context) {
		this.mongo = mongo;
		this.doctors = new SampleDoctors(staff, chairs, hours);
		this.hours = hours;
		this.patients = patients;
		this.catalogue = catalogue;
		this.staff = staff;
		this.clock = clock;
		this.howMany = howMany;
		this.doctorCount = doctorCount;
		this.context = context;
	}

	@EventListener
	void ready(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		var exitCode = 0;
		try {
			generate();
		}
		catch (RuntimeException failed) {
			LOG.error("Generating appointments failed", failed);
			exitCode = 1;
		}
		// generator mode only: the job is done, so is the application
		var code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private void generate() {
		var team = doctors.prepare(doctorCount);
		var schedules = hours.schedulesOf(team.stream().map(StaffMember::id).toList());
		var services = catalogue.all().stream().filter(ClinicalService::isActive)
				.map(service -> new BookedService(service.id().value(), service.code(), service.name(), service.durationMinutes()))
				.toList();
		var pool = patientPool();
		if (pool.isEmpty() || services.isEmpty()) {
			throw new IllegalStateException("The calendar needs patients and a price list: start once with the demo profile"
					+ " and add patients (./clubstom generate-patients 50000)");
		}
		var now = LocalDateTime.now(clock.withZone(staff.clinicZone()));
		var days = new SampleDays(howMany, pool, services, staff.clinicZone(), now);
		var booked = BookedDays.in(mongo);
		var first = now.toLocalDate().minusDays(Math.round(daysNeeded(team, schedules, now.toLocalDate()) * (1 - AHEAD)));
		LOG.info("Generating {} appointments for {} doctors with {} patients, from {} on (around what {} days hold already)...",
				howMany, team.size(), pool.size(), first, booked.size());
		var collection = mongo.getCollection(mongo.getCollectionName(Appointment.class));
		var started = System.nanoTime();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
			var batch = new ArrayList<Document>(BATCH);
			long done = 0;
			for (var date = first; done < howMany; date = date.plusDays(1)) {
				if (date.isAfter(first.plusYears(100))) {
					throw new IllegalStateException("Nobody works: no day to fill");
				}
				var busyPatients = booked.patientsOn(date);
				for (var doctor : team) {
					for (var period : schedules.get(doctor.id()).on(date)) {
						if (period.chairId() == null || !booked.isFree(date, doctor.id().value(), period.chairId().value())) {
							continue;
						}
						for (var appointment : days.period(doctor.id(), date, period, busyPatients)) {
							if (done == howMany) {
								break;
							}
							var document = new Document();
							mongo.getConverter().write(appointment, document);
							batch.add(document);
							done++;
							if (batch.size() == BATCH || done == howMany) {
								var full = List.copyOf(batch);
								batch.clear();
								writing.join();
								writing = CompletableFuture.runAsync(
										() -> collection.insertMany(full, new InsertManyOptions().ordered(false)), writer);
							}
							if (done % PROGRESS_EVERY == 0) {
								LOG.info("  {} of {} appointments, up to {} ({} s)", done, howMany, date,
										(System.nanoTime() - started) / 1_000_000_000);
							}
						}
					}
				}
			}
			writing.join();
		}
		finally {
			writer.shutdown();
		}
		var millis = (System.nanoTime() - started) / 1_000_000;
		LOG.info("Generated {} appointments in {} ms ({} per second); the calendar now holds {}", howMany, millis,
				millis == 0 ? howMany : howMany * 1000 / millis, collection.estimatedDocumentCount());
	}

	/** How many days the appointments take, judged by the next four weeks of the doctors' hours. */
	private long daysNeeded(List<StaffMember> team, Map<StaffMemberId, WorkingSchedule> schedules,
			LocalDate from) {
		long minutes = 0;
		for (var date = from; date.isBefore(from.plusWeeks(4)); date = date.plusDays(1)) {
			for (var doctor : team) {
				for (var period : schedules.get(doctor.id()).on(date)) {
					minutes += ChronoUnit.MINUTES.between(period.start(), period.end());
				}
			}
		}
		var perDay = Math.max(1.0, minutes / 28.0 / 45.0);
		return Math.round(howMany / perDay);
	}

	/** Up to 50 000 active patients of the registry, through its search (newest registrations first). */
	private List<UUID> patientPool() {
		var pool = new ArrayList<UUID>();
		for (int page = 0; pool.size() < PATIENTS; page++) {
			var found = patients.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.REGISTERED, page,
					PatientSearch.LARGEST_PAGE)).items();
			found.forEach(summary -> pool.add(summary.id().value()));
			if (found.size() < PatientSearch.LARGEST_PAGE) {
				break;
			}
		}
		return pool;
	}
}
