package com.clubstom.audit;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.audit.AuditFixtures.DOCTOR_ORLOV;
import static com.clubstom.audit.AuditFixtures.aPatient;
import static com.clubstom.audit.AuditFixtures.anEmptyTrail;
import static com.clubstom.audit.AuditFixtures.itIs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionOperations;

/** Recording access through the context's API against a real MongoDB: the chain it builds and when entries appear. */
@ApplicationModuleTest
@Import(ActingStaff.class)
class AuditTrailScenarioTests {

	// typed Clock: a bean override must match the type the replaced bean is declared with
	@TestBean(name = "clock", methodName = "com.clubstom.audit.AuditFixtures#clinicClock")
	Clock clock;

	@Autowired AuditTrail trail;
	@Autowired ActingStaff staff;
	@Autowired MongoTemplate mongo;
	@Autowired TransactionOperations transactions;

	@BeforeEach
	void doctorOrlovWorksOnMondayMorning() {
		itIs(clock, MONDAY_MORNING);
		staff.nowActing(DOCTOR_ORLOV);
	}

	@Test
	void eachTestContextWorksInItsOwnThrowAwayDatabase() {
		assertThat(mongo.getDb().getName()).startsWith("clubstom-audit-test-").hasSizeLessThanOrEqualTo(63);
	}

	@Test
	void appendedEntriesFormOneChainFromTheGenesisHash() {
		anEmptyTrail(mongo);
		var petrova = aPatient("Петрова Анна Ивановна");

		trail.record(AuditAction.CREATE, petrova, "profile");
		trail.record(AuditAction.VIEW, petrova, "card");
		trail.record(AuditAction.CHANGE, petrova, "contacts", List.of("phone"));

		var stored = storedInSequence();
		assertThat(stored).extracting(d -> d.get("_id")).containsExactly(1L, 2L, 3L);
		assertThat(stored.get(0).getString("previousHash")).isEqualTo("0".repeat(64));
		assertThat(stored.get(1).getString("previousHash")).isEqualTo(stored.get(0).getString("hash"));
		assertThat(stored.get(2).getString("previousHash")).isEqualTo(stored.get(1).getString("hash"));
		assertThat(stored).allSatisfy(document -> assertThat(AuditEntry.fromDocument(document).hasMatchingHash()).isTrue());
		assertThat(trail.verify()).isEqualTo(ChainVerification.intact(3));
	}

	@Test
	void anEntryStoresWhoWhenFromWhereWhatAndWhoseData() {
		var petrova = aPatient("Петрова Анна Ивановна");

		trail.record(AuditAction.CHANGE, petrova, "contacts", List.of("phone", "email"));

		var stored = mongo.findOne(Query.query(Criteria.where("subjectId").is(petrova.id())), Document.class, "audit_trail");
		assertThat(stored).isNotNull();
		assertThat(stored.get("at")).isEqualTo(Date.from(MONDAY_MORNING));
		assertThat(stored.getString("actorUsername")).isEqualTo("orlov");
		assertThat(stored.getString("actorName")).isEqualTo("Орлов Андрей Сергеевич");
		assertThat(stored.getString("address")).isEqualTo("10.0.0.21");
		assertThat(stored.getString("action")).isEqualTo("CHANGE");
		assertThat(stored.getString("subjectKind")).isEqualTo("PATIENT");
		assertThat(stored.get("subjectId")).isEqualTo(petrova.id()); // a UUID, standard representation
		assertThat(stored.getString("subjectLabel")).isEqualTo("Петрова Анна Ивановна");
		assertThat(stored.getString("section")).isEqualTo("contacts");
		assertThat(stored.getList("changedFields", String.class)).containsExactly("phone", "email");
		assertThat(stored.getString("hash")).matches("[0-9a-f]{64}");
	}

	@Test
	void anActionOnDataOfNoSinglePersonIsRecordedWithoutSubject() {
		trail.record(AuditAction.EXPORT, "patients");

		var newest = trail.search(AuditQuery.by("orlov").withAction(AuditAction.EXPORT), 0, 1).entries().get(0);
		assertThat(newest.hasSubject()).isFalse();
		assertThat(newest.subjectId()).isNull();
		assertThat(newest.section()).isEqualTo("patients");
	}

	@Test
	void insideATransactionTheEntryAppearsOnlyAfterTheCommit() {
		var petrova = aPatient("Петрова Анна Ивановна");

		transactions.executeWithoutResult(status -> {
			mongo.insert(new Document("_id", petrova.id()).append("name", petrova.label()), "patients_in_test");
			trail.record(AuditAction.CREATE, petrova, "profile");
			assertThat(entriesAbout(petrova)).as("before the commit").isZero();
		});

		assertThat(entriesAbout(petrova)).as("after the commit").isOne();
		assertThat(mongo.count(Query.query(Criteria.where("_id").is(petrova.id())), "patients_in_test")).isOne();
	}

	@Test
	void theTimeAndPersonAreThoseOfTheActionNotOfTheCommit() {
		var petrova = aPatient("Петрова Анна Ивановна");

		transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.VIEW, petrova, "card");
			itIs(clock, MONDAY_MORNING.plus(Duration.ofMinutes(5)));
			staff.nowActing(AuditFixtures.OWNER_SOKOLOVA);
		});

		var entry = trail.search(AuditQuery.about(petrova), 0, 10).entries().get(0);
		assertThat(entry.at()).isEqualTo(MONDAY_MORNING);
		assertThat(entry.actorUsername()).isEqualTo("orlov");
	}

	@Test
	void aRolledBackTransactionLeavesNoEntry() {
		var petrova = aPatient("Петрова Анна Ивановна");

		transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.CHANGE, petrova, "profile", List.of("lastName"));
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			trail.record(AuditAction.ARCHIVE, petrova, "profile");
			throw new IllegalStateException("the change failed");
		})).hasMessage("the change failed");

		assertThat(entriesAbout(petrova)).isZero();
	}

	@Test
	void withoutATransactionTheEntryIsAppendedAtOnce() {
		var petrova = aPatient("Петрова Анна Ивановна");

		trail.record(AuditAction.VIEW, petrova, "card");

		assertThat(entriesAbout(petrova)).isOne();
	}

	@Test
	void theIndexesThePageUsesAreCreatedAtStartUp() {
		var names = mongo.indexOps("audit_trail").getIndexInfo().stream().map(index -> index.getName()).toList();

		assertThat(names).contains("subject_newest_first", "actor_newest_first", "action_newest_first", "at_newest_first");
	}

	private long entriesAbout(AuditSubject subject) {
		return mongo.count(Query.query(Criteria.where("subjectId").is(subject.id())), "audit_trail");
	}

	private List<Document> storedInSequence() {
		return mongo.find(new Query().with(Sort.by("_id")), Document.class, "audit_trail");
	}
}
