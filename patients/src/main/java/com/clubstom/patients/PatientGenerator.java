package com.clubstom.patients;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Benchmark data: with {@code --clubstom.generate.patients=N} ({@code ./clubstom generate-patients N}) inserts N more
 * sample patients, then stops the application. Each is built with {@link Patient#register} so its search keys are
 * derived exactly as in production, but written straight with {@link MongoTemplate#insert} in batches: no transactions,
 * no events, no audit. Sample indexes continue from the number of patients already stored, so phone numbers stay unique
 * across runs (and never collide with the demo patients').
 */
@Component
@ConditionalOnProperty("clubstom.generate.patients")
@Order(100) // after the demo data, which it counts
class PatientGenerator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(PatientGenerator.class);
	private static final int BATCH = 2_000;
	private static final int PROGRESS_EVERY = 10_000;

	private final MongoTemplate mongo;
	private final Clock clock;
	private final ZoneId clinicZone;
	private final long howMany;
	private final ConfigurableApplicationContext context;

	PatientGenerator(MongoTemplate mongo, Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId clinicZone,
			@Value("${clubstom.generate.patients}") long howMany, ConfigurableApplicationContext context) {
		this.mongo = mongo;
		this.clock = clock;
		this.clinicZone = clinicZone;
		this.howMany = howMany;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		var exitCode = 0;
		try {
			generate();
		}
		catch (RuntimeException failed) {
			LOG.error("Generating patients failed", failed);
			exitCode = 1;
		}
		// generator mode only: the job is done, so is the application (web server or not)
		var code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private void generate() {
		var stored = mongo.getCollection(mongo.getCollectionName(Patient.class)).countDocuments();
		var samples = new SamplePatients(DemoPatients.SEED, ZonedDateTime.now(clock.withZone(clinicZone)));
		LOG.info("Generating {} patients (sample indexes {} to {})...", howMany, stored, stored + howMany - 1);
		var started = System.nanoTime();
		// builds the next batch while the previous one is being written
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
			long done = 0;
			while (done < howMany) {
				var size = (int) Math.min(BATCH, howMany - done);
				List<Patient> batch = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					batch.add(samples.patient(stored + done + i, DemoPatients.ADMINISTRATOR_USERNAME,
							DemoPatients.ADMINISTRATOR_FULL_NAME));
				}
				writing.join();
				writing = CompletableFuture.runAsync(() -> mongo.insert(batch, Patient.class), writer);
				var before = done;
				done += size;
				if (done / PROGRESS_EVERY > before / PROGRESS_EVERY || done == howMany) {
					LOG.info("  {} of {} patients ({} s)", done, howMany, (System.nanoTime() - started) / 1_000_000_000);
				}
			}
			writing.join();
		}
		finally {
			writer.shutdown();
		}
		var millis = (System.nanoTime() - started) / 1_000_000;
		LOG.info("Generated {} patients in {} ms ({} per second); the registry now holds {}", howMany, millis,
				millis == 0 ? howMany : howMany * 1000 / millis,
				mongo.getCollection(mongo.getCollectionName(Patient.class)).countDocuments());
	}
}
