package com.clubstom.audit;

/**
 * Walks the audit chain entry by entry, in sequence order, and stops at the first break. Kept apart from storage so the
 * rules can be tested on entries in memory:
 * <ul>
 * <li>a sequence number is skipped: the entry in between was deleted ({@link ChainVerification#MISSING});</li>
 * <li>an entry's hash no longer matches its fields: it was changed ({@link ChainVerification#MODIFIED});</li>
 * <li>an entry does not name the hash of the one before it, or its sequence goes back: entries were reordered, or the
 * one before was rewritten with a fresh hash ({@link ChainVerification#OUT_OF_ORDER}).</li>
 * </ul>
 * What a plain hash chain cannot show: the newest entries deleted from the end, or the whole tail from some entry on
 * rewritten with recomputed hashes by someone with write access to the database. Comparing with an earlier export (or a
 * noted count and last hash) covers that.
 */
final class ChainVerifier {

	private AuditEntry previous;
	private long checked;
	private ChainVerification broken;

	/** Checks the next stored entry; does nothing once the chain is broken. */
	void check(AuditEntry entry) {
		if (broken != null) {
			return;
		}
		var expected = expectedSequence();
		if (entry.sequence() > expected) {
			breakAt(expected, ChainVerification.MISSING);
		}
		else if (entry.sequence() < expected) {
			breakAt(entry.sequence(), ChainVerification.OUT_OF_ORDER);
		}
		else if (!entry.hasMatchingHash()) {
			breakAt(entry.sequence(), ChainVerification.MODIFIED);
		}
		else if (!entry.follows(previous)) {
			breakAt(entry.sequence(), ChainVerification.OUT_OF_ORDER);
		}
		else {
			previous = entry;
			checked++;
		}
	}

	/** A stored document that is no readable entry, found where {@code sequence} (if known) was expected. */
	void unreadable(Long sequence) {
		if (broken != null) {
			return;
		}
		var expected = expectedSequence();
		if (sequence != null && sequence > expected) {
			breakAt(expected, ChainVerification.MISSING);
		}
		else {
			breakAt(sequence == null ? expected : sequence, ChainVerification.MODIFIED);
		}
	}

	boolean isBroken() {
		return broken != null;
	}

	ChainVerification result() {
		return broken != null ? broken : ChainVerification.intact(checked);
	}

	private long expectedSequence() {
		return previous == null ? 1 : previous.sequence() + 1;
	}

	private void breakAt(long sequence, String problem) {
		broken = ChainVerification.brokenAt(sequence, problem, checked);
	}
}
