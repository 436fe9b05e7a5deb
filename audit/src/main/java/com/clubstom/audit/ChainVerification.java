package com.clubstom.audit;

/**
 * The outcome of walking the audit chain from its first entry.
 *
 * @param intact whether every entry is unchanged, present and in its place
 * @param entriesChecked how many entries, from the first one, were found intact (all of them when {@code intact})
 * @param firstBrokenSequence the sequence number where the chain breaks, {@code null} when intact
 * @param problem what is wrong there: {@link #MODIFIED}, {@link #MISSING} or {@link #OUT_OF_ORDER}; {@code null} when
 *        intact. Pages translate it as {@code audit.verification.problem.<problem>}.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {

	/** The entry's stored fields no longer match its hash: it was changed after it was written (or cannot be read). */
	public static final String MODIFIED = "MODIFIED";

	/** There is no entry with this sequence number although later ones exist: it was deleted. */
	public static final String MISSING = "MISSING";

	/**
	 * The entry does not follow the one before it (its previous hash differs): entries were reordered or renumbered, or
	 * the entry before it was rewritten together with its hash.
	 */
	public static final String OUT_OF_ORDER = "OUT_OF_ORDER";

	public static ChainVerification intact(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, null);
	}

	public static ChainVerification brokenAt(long sequence, String problem, long entriesChecked) {
		return new ChainVerification(false, entriesChecked, sequence, problem);
	}
}
