package com.clubstom.audit;

import static com.clubstom.audit.AuditFixtures.aPatient;
import static com.clubstom.audit.AuditFixtures.anEmptyTrail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Many people working at once (or several application nodes on one database): every appender reads the same tail, all
 * but one collide on the sequence number and retry, and the outcome must be one gap-free, intact chain.
 */
@ApplicationModuleTest
@Import(ActingStaff.class)
class AuditTrailUnderConcurrencyTests {

	private static final int PEOPLE = 8;
	private static final int ENTRIES_EACH = 25;

	@TestBean(name = "clock", methodName = "com.clubstom.audit.AuditFixtures#clinicClock")
	Clock clock;

	@Autowired AuditTrail trail;
	@Autowired MongoTemplate mongo;
	@Autowired TransactionOperations transactions;

	@BeforeEach
	@AfterEach
	void theTrailStartsEmpty() {
		anEmptyTrail(mongo);
		// created up front: collections created implicitly by concurrent transactions conflict with each other
		if (!mongo.collectionExists("visits_in_test")) {
			mongo.createCollection("visits_in_test");
		}
		mongo.remove(new Query(), "visits_in_test");
	}

	@Test
	void eightPeopleRecordingTwentyFiveEntriesEachAtOnceMakeOneGapFreeIntactChain() throws Exception {
		allAtOnce(PEOPLE, person -> () -> {
			var patient = aPatient("Пациент " + person);
			for (int i = 0; i < ENTRIES_EACH; i++) {
				trail.record(AuditAction.VIEW, patient, "card");
			}
			return null;
		});

		assertThat(sequenceNumbers()).containsExactlyElementsOf(
				LongStream.rangeClosed(1, PEOPLE * ENTRIES_EACH).boxed().toList());
		assertThat(trail.verify()).isEqualTo(ChainVerification.intact(PEOPLE * ENTRIES_EACH));
	}

	/**
	 * Half of the people record inside their own transactions: their collisions are retried after the commit, outside the
	 * transaction, so every transaction commits and every entry lands.
	 */
	@Test
	void collisionsNeverAbortTheCallersTransaction() throws Exception {
		allAtOnce(PEOPLE, person -> () -> {
			var patient = aPatient("Пациент " + person);
			for (int i = 0; i < ENTRIES_EACH; i++) {
				if (person % 2 == 0) {
					var visit = i;
					transactions.executeWithoutResult(status -> {
						mongo.insert(new Document("patient", patient.id()).append("visit", visit), "visits_in_test");
						trail.record(AuditAction.CREATE, patient, "card");
					});
				}
				else {
					trail.record(AuditAction.VIEW, patient, "card");
				}
			}
			return null;
		});

		assertThat(mongo.count(new Query(), "visits_in_test")).isEqualTo(PEOPLE / 2 * ENTRIES_EACH);
		assertThat(sequenceNumbers()).hasSize(PEOPLE * ENTRIES_EACH);
		assertThat(trail.verify()).isEqualTo(ChainVerification.intact(PEOPLE * ENTRIES_EACH));
	}

	private List<Long> sequenceNumbers() {
		return mongo.find(new Query().with(Sort.by("_id")), Document.class, "audit_trail").stream()
				.map(document -> document.getLong("_id")).toList();
	}

	interface Work {
		Callable<Void> by(int person);
	}

	/** Starts {@code people} threads that wait at one gate, opens it, and waits for all; failures propagate. */
	private static void allAtOnce(int people, Work work) throws Exception {
		var gate = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(people);
		try {
			var pending = new ArrayList<Future<Void>>();
			for (int person = 1; person <= people; person++) {
				var call = work.by(person);
				pending.add(pool.submit(() -> {
					gate.await();
					return call.call();
				}));
			}
			gate.countDown();
			for (var outcome : pending) {
				try {
					// a generous bound only against a hung test run, not a timing assertion
					outcome.get(3, TimeUnit.MINUTES);
				}
				catch (ExecutionException failed) {
					throw new AssertionError("Recording failed instead of retrying", failed.getCause());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
