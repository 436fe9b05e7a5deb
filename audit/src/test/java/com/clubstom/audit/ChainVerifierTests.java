package com.clubstom.audit;

import static com.clubstom.audit.AuditFixtures.ADMINISTRATOR_KUZNETSOVA;
import static com.clubstom.audit.AuditFixtures.DOCTOR_ORLOV;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clubstom.audit.AuditEntry.ChainTail;

/** Walking a chain held in memory: intact, or broken at the first modified, missing or misplaced entry. */
class ChainVerifierTests {

	private static final Instant MORNING = Instant.parse("2025-03-03T06:00:00Z");
	private static final AuditSubject PETROVA = AuditFixtures.aPatient("Петрова Анна Ивановна");
	private static final AuditSubject SIDOROV = AuditFixtures.aPatient("Сидоров Павел Олегович");

	/** Five entries as the trail appends them: each chained to the one before. */
	private static List<AuditEntry> aChainOfFive() {
		var chain = new ArrayList<AuditEntry>();
		var tail = ChainTail.EMPTY;
		for (int i = 0; i < 5; i++) {
			var entry = AuditEntry.following(tail, MORNING.plusSeconds(60L * i), i % 2 == 0 ? DOCTOR_ORLOV : ADMINISTRATOR_KUZNETSOVA,
					AuditAction.VIEW, i % 2 == 0 ? PETROVA : SIDOROV, "profile", List.of());
			chain.add(entry);
			tail = entry.asTail();
		}
		return chain;
	}

	private static ChainVerification walk(List<AuditEntry> entries) {
		var verifier = new ChainVerifier();
		entries.forEach(verifier::check);
		return verifier.result();
	}

	@Test
	void anUntouchedChainIsIntact() {
		assertThat(walk(aChainOfFive())).isEqualTo(ChainVerification.intact(5));
	}

	@Test
	void anEmptyChainIsIntact() {
		assertThat(walk(List.of())).isEqualTo(ChainVerification.intact(0));
	}

	@Test
	void aChangedEntryBreaksTheChainAtThatEntry() {
		var chain = aChainOfFive();
		var third = chain.get(2);
		chain.set(2, new AuditEntry(third.sequence(), third.at(), third.actorUsername(), third.actorName(), third.address(),
				third.action(), third.subjectKind(), third.subjectId(), "Иванов Иван Иванович", third.section(),
				third.changedFields(), third.previousHash(), third.hash()));

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MODIFIED, 2));
	}

	@Test
	void aDeletedEntryLeavesAGapThatBreaksTheChainWhereItWas() {
		var chain = aChainOfFive();
		chain.remove(2);

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MISSING, 2));
	}

	@Test
	void aDeletedFirstEntryIsFound() {
		var chain = aChainOfFive();
		chain.remove(0);

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(1, ChainVerification.MISSING, 0));
	}

	/** Swapping two entries keeps their own hashes, but each hash names its place: sequence and predecessor. */
	@Test
	void twoEntriesSwappedInPlaceBreakTheChainAtTheFirstOfThem() {
		var chain = aChainOfFive();
		var third = chain.get(2);
		var fourth = chain.get(3);
		chain.set(2, renumbered(fourth, 3, fourth.previousHash(), fourth.hash()));
		chain.set(3, renumbered(third, 4, third.previousHash(), third.hash()));

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MODIFIED, 2));
	}

	/**
	 * Someone who knows the algorithm swaps two entries and recomputes their hashes: each entry is self-consistent again,
	 * but the first moved one no longer names the hash of the entry before it.
	 */
	@Test
	void twoEntriesSwappedAndRehashedAreOutOfOrder() {
		var chain = aChainOfFive();
		var third = chain.get(2);
		var fourth = chain.get(3);
		var movedUp = rehashed(renumbered(fourth, 3, fourth.previousHash(), ""));
		var movedDown = rehashed(renumbered(third, 4, third.previousHash(), ""));
		chain.set(2, movedUp);
		chain.set(3, movedDown);

		assertThat(movedUp.hasMatchingHash()).isTrue();
		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.OUT_OF_ORDER, 2));
	}

	@Test
	void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNextOne() {
		var chain = aChainOfFive();
		var third = chain.get(2);
		chain.set(2, rehashed(new AuditEntry(3, third.at(), "somebody", "Кто-то", "", AuditAction.VIEW, third.subjectKind(),
				third.subjectId(), third.subjectLabel(), third.section(), List.of(), third.previousHash(), "")));

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(4, ChainVerification.OUT_OF_ORDER, 3));
	}

	@Test
	void entriesDeliveredOutOfSequenceAreReported() {
		var chain = aChainOfFive();
		chain.add(2, chain.get(1));

		assertThat(walk(chain)).isEqualTo(ChainVerification.brokenAt(2, ChainVerification.OUT_OF_ORDER, 2));
	}

	@Test
	void aDocumentThatCannotBeReadCountsAsModifiedOrAsAGapBeforeIt() {
		var verifier = new ChainVerifier();
		aChainOfFive().subList(0, 2).forEach(verifier::check);
		verifier.unreadable(3L);
		assertThat(verifier.result()).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MODIFIED, 2));

		var skipping = new ChainVerifier();
		aChainOfFive().subList(0, 2).forEach(skipping::check);
		skipping.unreadable(7L);
		assertThat(skipping.result()).isEqualTo(ChainVerification.brokenAt(3, ChainVerification.MISSING, 2));
	}

	@Test
	void theWalkStopsAtTheFirstBreak() {
		var chain = aChainOfFive();
		chain.remove(3);
		chain.remove(1);

		var verification = walk(chain);

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSequence()).isEqualTo(2);
	}

	private static AuditEntry renumbered(AuditEntry entry, long sequence, String previousHash, String hash) {
		return new AuditEntry(sequence, entry.at(), entry.actorUsername(), entry.actorName(), entry.address(),
				entry.action(), entry.subjectKind(), entry.subjectId(), entry.subjectLabel(), entry.section(),
				entry.changedFields(), previousHash, hash);
	}

	private static AuditEntry rehashed(AuditEntry entry) {
		return renumbered(entry, entry.sequence(), entry.previousHash(), entry.computedHash());
	}
}
