package com.clubstom.audit;

import static com.clubstom.audit.AuditFixtures.aPatient;
import static com.clubstom.audit.AuditFixtures.anEmptyTrail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Someone with access to the database edits the stored trail directly, behind the application's back: the verification
 * names the entry where the chain breaks.
 */
@ApplicationModuleTest
@Import(ActingStaff.class)
class TamperingTests {

	private static final String TRAIL = "audit_trail";

	@TestBean(name = "clock", methodName = "com.clubstom.audit.AuditFixtures#clinicClock")
	Clock clock;

	@Autowired AuditTrail trail;
	@Autowired MongoTemplate mongo;

	@BeforeEach
	void fiveEntriesAboutTwoPatients() {
		anEmptyTrail(mongo);
		var petrova = aPatient("Петрова Анна Ивановна");
		var sidorov = aPatient("Сидоров Павел Олегович");
		trail.record(AuditAction.CREATE, petrova, "profile");
		trail.record(AuditAction.VIEW, petrova, "card");
		trail.record(AuditAction.CHANGE, sidorov, "contacts", List.of("phone"));
		trail.record(AuditAction.VIEW, sidorov, "documents");
		trail.record(AuditAction.EXPORT, petrova, "card");
		assertThat(trail.verify()).isEqualTo(ChainVerification.intact(5));
	}

	/** The other tests of this context must not find a broken chain. */
	@AfterEach
	void cleanUp() {
		anEmptyTrail(mongo);
	}

	@Test
	void aChangedFieldIsReportedAtItsEntry() {
		mongo.updateFirst(query(where("_id").is(3L)), Update.update("changedFields", List.of("phone", "diagnosis")), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MODIFIED, 2));
	}

	@Test
	void aDifferentPersonPutInAsTheActorIsReported() {
		mongo.updateFirst(query(where("_id").is(2L)), Update.update("actorUsername", "someone-else"), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(2, ChainVerification.MODIFIED, 1));
	}

	@Test
	void aFieldStoredWithAnotherTypeIsReportedAsModified() {
		mongo.updateFirst(query(where("_id").is(4L)), Update.update("at", "2025-03-03 09:00"), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(4, ChainVerification.MODIFIED, 3));
	}

	@Test
	void aDeletedEntryIsReportedWhereTheGapIs() {
		mongo.remove(query(where("_id").is(3L)), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MISSING, 2));
	}

	@Test
	void twoEntriesSwappedAreReportedAtTheFirstOfThem() {
		var third = mongo.findById(3L, Document.class, TRAIL);
		var fourth = mongo.findById(4L, Document.class, TRAIL);
		third.put("_id", 4L);
		fourth.put("_id", 3L);
		mongo.save(fourth, TRAIL);
		mongo.save(third, TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MODIFIED, 2));
	}

	/** Whoever knows the algorithm can make a rewritten entry match its own hash, but not the next entry's link to it. */
	@Test
	void anEntryRewrittenWithARecomputedHashBreaksTheLinkToTheNextOne() {
		var original = AuditEntry.fromDocument(mongo.findById(3L, Document.class, TRAIL));
		var forged = new AuditEntry(3, original.at(), "kuznetsova", "Кузнецова Марина Игоревна", original.address(),
				original.action(), original.subjectKind(), original.subjectId(), original.subjectLabel(), original.section(),
				original.changedFields(), original.previousHash(), "");
		var rehashed = new AuditEntry(3, forged.at(), forged.actorUsername(), forged.actorName(), forged.address(),
				forged.action(), forged.subjectKind(), forged.subjectId(), forged.subjectLabel(), forged.section(),
				forged.changedFields(), forged.previousHash(), forged.computedHash());
		mongo.save(rehashed.toDocument(), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(4, ChainVerification.OUT_OF_ORDER, 3));
	}

	@Test
	void theChainKeepsGrowingAfterTamperingAndStillShowsTheBreak() {
		mongo.updateFirst(query(where("_id").is(5L)), Update.update("subjectLabel", "Кто-то другой"), TRAIL);

		trail.record(AuditAction.VIEW, aPatient("Новикова Ирина Павловна"), "card");

		assertThat(mongo.findById(6L, Document.class, TRAIL)).isNotNull();
		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(5, ChainVerification.MODIFIED, 4));
	}

	@Test
	void aDocumentSlippedInWithAForeignIdDoesNotStopRecording() {
		mongo.insert(new Document("_id", "zzz").append("note", "not an entry"), TRAIL);

		trail.record(AuditAction.VIEW, aPatient("Новикова Ирина Павловна"), "card");

		assertThat(mongo.findById(6L, Document.class, TRAIL)).isNotNull();
		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(7, ChainVerification.MODIFIED, 6));
	}

	@Test
	void anUnreadableEntryIsLeftOutOfThePagesButNotOutOfTheVerification() {
		mongo.updateFirst(query(where("_id").is(2L)), Update.update("action", "PEEK"), TRAIL);

		assertThat(trail.search(AuditQuery.everything(), 0, 10).entries()).extracting(AuditEntryView::sequence)
				.containsExactly(5L, 4L, 3L, 1L);
		assertThat(trail.verify()).isEqualTo(ChainVerification.brokenAt(2, ChainVerification.MODIFIED, 1));
	}

	/**
	 * What a hash chain alone cannot show: the newest entries removed from the end. Comparing with an earlier export (or
	 * a noted count) does.
	 */
	@Test
	void deletingTheNewestEntriesIsNotVisibleInTheChainAlone() {
		mongo.remove(query(where("_id").is(5L)), TRAIL);

		assertThat(trail.verify()).isEqualTo(ChainVerification.intact(4));
	}
}
