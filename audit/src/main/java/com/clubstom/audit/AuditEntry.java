package com.clubstom.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bson.Document;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One link of the audit chain: who did what to whose data, when, from where, and the SHA-256 hash that ties it to the
 * link before it.
 * <p>
 * Each entry is its own aggregate: it is written once and never changed, so there is nothing to guard after creation and
 * no update method exists. What keeps the chain linear is storage, not this class: the entry's {@link #sequence()} is the
 * document's {@code _id}, so of two appenders racing for the same sequence exactly one wins (see {@link AuditTrail}).
 * <p>
 * The hash covers a {@linkplain #canonicalForm() canonical serialisation} of every field plus the previous entry's hash,
 * so changing any stored field, deleting an entry or moving one breaks the chain at that point. Mapping to and from the
 * stored document is written out by hand rather than left to Spring Data, so that a document someone edited by hand (a
 * field with the wrong type, a missing field) is reported as a broken entry by the verification instead of failing it.
 */
@AggregateRoot
final class AuditEntry {

	/** The previous hash of the first entry. */
	static final String GENESIS_HASH = "0".repeat(64);

	/**
	 * Names the serialisation the hash is computed over. A future change of the canonical form gets a new version, and
	 * entries keep being verified with the form they were written with.
	 */
	static final String CANONICAL_FORM_VERSION = "clubstom-audit/1";

	@Identity
	private final long sequence;
	private final Instant at;
	private final String actorUsername;
	private final String actorName;
	private final String address;
	private final AuditAction action;
	private final String subjectKind;
	private final UUID subjectId;
	private final String subjectLabel;
	private final String section;
	private final List<String> changedFields;
	private final String previousHash;
	private final String hash;

	/** An entry as stored; nothing is checked here, that is what {@link #hasMatchingHash()} is for. */
	AuditEntry(long sequence, Instant at, String actorUsername, String actorName, String address, AuditAction action,
			String subjectKind, UUID subjectId, String subjectLabel, String section, List<String> changedFields,
			String previousHash, String hash) {
		this.sequence = sequence;
		this.at = Objects.requireNonNull(at, "at");
		this.actorUsername = orEmpty(actorUsername);
		this.actorName = orEmpty(actorName);
		this.address = orEmpty(address);
		this.action = Objects.requireNonNull(action, "action");
		this.subjectKind = orEmpty(subjectKind);
		this.subjectId = subjectId;
		this.subjectLabel = orEmpty(subjectLabel);
		this.section = orEmpty(section);
		this.changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
		this.previousHash = orEmpty(previousHash);
		this.hash = orEmpty(hash);
	}

	/**
	 * The entry that follows {@code tail} (the newest entry in the chain, {@link ChainTail#EMPTY} for the first one),
	 * hashed. {@code at} is truncated to milliseconds first: MongoDB stores no finer, and the hash must be recomputable
	 * from what was stored.
	 */
	static AuditEntry following(ChainTail tail, Instant at, Actor actor, AuditAction action, AuditSubject subject,
			String section, Collection<String> changedFields) {
		Objects.requireNonNull(actor, "actor");
		var fields = changedFields == null ? List.<String>of()
				: changedFields.stream().filter(Objects::nonNull).map(String::strip).filter(f -> !f.isEmpty()).distinct()
						.toList();
		var unhashed = new AuditEntry(tail.sequence() + 1, at.truncatedTo(ChronoUnit.MILLIS), actor.username(),
				actor.fullName(), actor.address(), action, subject == null ? "" : subject.kind(),
				subject == null ? null : subject.id(), subject == null ? "" : subject.label(),
				section == null ? "" : section.strip(), fields, tail.hash(), "");
		return unhashed.withHash(unhashed.computedHash());
	}

	/** This entry as the tail a following entry is chained to. */
	ChainTail asTail() {
		return new ChainTail(sequence, hash);
	}

	private AuditEntry withHash(String hash) {
		return new AuditEntry(sequence, at, actorUsername, actorName, address, action, subjectKind, subjectId, subjectLabel,
				section, changedFields, previousHash, hash);
	}

	/**
	 * The text the hash is computed over: a version line, then one line per field in a fixed order. Every text value is
	 * written as {@code <length>:<value>} (length in UTF-16 units), so no value, whatever characters it holds (newlines,
	 * colons, separators), can be mistaken for the end of one field and the start of the next; the list of changed fields
	 * is written as its size followed by each name in the same form. The instant is written as epoch milliseconds and the
	 * absent subject id as an empty text.
	 */
	String canonicalForm() {
		var text = new StringBuilder(256).append(CANONICAL_FORM_VERSION).append('\n');
		text.append("sequence=").append(sequence).append('\n');
		text.append("at=").append(at.toEpochMilli()).append('\n');
		field(text, "actorUsername", actorUsername);
		field(text, "actorName", actorName);
		field(text, "address", address);
		field(text, "action", action.name());
		field(text, "subjectKind", subjectKind);
		field(text, "subjectId", subjectId == null ? "" : subjectId.toString());
		field(text, "subjectLabel", subjectLabel);
		field(text, "section", section);
		text.append("changedFields=").append(changedFields.size());
		for (var name : changedFields) {
			text.append(' ').append(name.length()).append(':').append(name);
		}
		text.append('\n');
		field(text, "previousHash", previousHash);
		return text.toString();
	}

	private static void field(StringBuilder text, String name, String value) {
		text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
	}

	/** SHA-256 of the {@linkplain #canonicalForm() canonical form} (UTF-8), as 64 lower-case hex digits. */
	String computedHash() {
		return sha256(canonicalForm());
	}

	static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", impossible);
		}
	}

	/** Whether the stored hash still matches the stored fields (nobody changed the entry since it was written). */
	boolean hasMatchingHash() {
		return hash.equals(computedHash());
	}

	/** Whether this entry was appended right after {@code previous} ({@code null}: whether it is the first entry). */
	boolean follows(AuditEntry previous) {
		return previous == null ? sequence == 1 && GENESIS_HASH.equals(previousHash)
				: sequence == previous.sequence + 1 && previous.hash.equals(previousHash);
	}

	AuditEntryView toView() {
		return new AuditEntryView(sequence, at, actorUsername, actorName, address, action, subjectKind, subjectId,
				subjectLabel, section, changedFields);
	}

	// storage

	static final String COLLECTION = "audit_trail";

	static final class Fields {

		static final String SEQUENCE = "_id";
		static final String AT = "at";
		static final String ACTOR_USERNAME = "actorUsername";
		static final String ACTOR_NAME = "actorName";
		static final String ADDRESS = "address";
		static final String ACTION = "action";
		static final String SUBJECT_KIND = "subjectKind";
		static final String SUBJECT_ID = "subjectId";
		static final String SUBJECT_LABEL = "subjectLabel";
		static final String SECTION = "section";
		static final String CHANGED_FIELDS = "changedFields";
		static final String PREVIOUS_HASH = "previousHash";
		static final String HASH = "hash";

		private Fields() {
		}
	}

	Document toDocument() {
		return new Document(Fields.SEQUENCE, sequence)
				.append(Fields.AT, Date.from(at))
				.append(Fields.ACTOR_USERNAME, actorUsername)
				.append(Fields.ACTOR_NAME, actorName)
				.append(Fields.ADDRESS, address)
				.append(Fields.ACTION, action.name())
				.append(Fields.SUBJECT_KIND, subjectKind.isEmpty() ? null : subjectKind)
				.append(Fields.SUBJECT_ID, subjectId)
				.append(Fields.SUBJECT_LABEL, subjectLabel)
				.append(Fields.SECTION, section)
				.append(Fields.CHANGED_FIELDS, changedFields)
				.append(Fields.PREVIOUS_HASH, previousHash)
				.append(Fields.HASH, hash);
	}

	/**
	 * The newest entry's place and hash: all a new entry needs to be chained on.
	 *
	 * @param sequence the newest entry's sequence, 0 for an empty trail
	 * @param hash the newest entry's hash, {@link #GENESIS_HASH} for an empty trail
	 */
	record ChainTail(long sequence, String hash) {

		static final ChainTail EMPTY = new ChainTail(0, GENESIS_HASH);

		ChainTail {
			hash = hash == null ? "" : hash;
		}
	}

	/**
	 * The entry a stored document holds.
	 *
	 * @throws UnreadableEntryException when the document is not an entry as this class writes it (edited by hand)
	 */
	static AuditEntry fromDocument(Document stored) {
		try {
			var changed = stored.getList(Fields.CHANGED_FIELDS, String.class);
			return new AuditEntry(sequenceOf(stored), stored.getDate(Fields.AT).toInstant(),
					stored.getString(Fields.ACTOR_USERNAME), stored.getString(Fields.ACTOR_NAME),
					stored.getString(Fields.ADDRESS), AuditAction.valueOf(stored.getString(Fields.ACTION)),
					stored.getString(Fields.SUBJECT_KIND), stored.get(Fields.SUBJECT_ID, UUID.class),
					stored.getString(Fields.SUBJECT_LABEL), stored.getString(Fields.SECTION),
					changed == null ? List.of() : List.copyOf(changed), stored.getString(Fields.PREVIOUS_HASH),
					stored.getString(Fields.HASH));
		}
		catch (RuntimeException malformed) {
			throw new UnreadableEntryException(stored.get(Fields.SEQUENCE), malformed);
		}
	}

	/** The sequence number (the {@code _id}) of a stored document. */
	static long sequenceOf(Document stored) {
		if (stored.get(Fields.SEQUENCE) instanceof Number number && number.doubleValue() == number.longValue()) {
			return number.longValue();
		}
		throw new UnreadableEntryException(stored.get(Fields.SEQUENCE), null);
	}

	long sequence() {
		return sequence;
	}

	Instant at() {
		return at;
	}

	String actorUsername() {
		return actorUsername;
	}

	String actorName() {
		return actorName;
	}

	String address() {
		return address;
	}

	AuditAction action() {
		return action;
	}

	String subjectKind() {
		return subjectKind;
	}

	UUID subjectId() {
		return subjectId;
	}

	String subjectLabel() {
		return subjectLabel;
	}

	String section() {
		return section;
	}

	List<String> changedFields() {
		return changedFields;
	}

	String previousHash() {
		return previousHash;
	}

	String hash() {
		return hash;
	}

	@Override
	public String toString() {
		return "AuditEntry #" + sequence + " " + action + " " + subjectKind + " " + subjectId + " by " + actorUsername;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/** A stored document that cannot be read as an entry: someone wrote it by hand. */
	static final class UnreadableEntryException extends IllegalStateException {

		private final transient Object storedId;

		UnreadableEntryException(Object storedId, Throwable cause) {
			super("The audit trail document " + storedId + " is not a readable entry", cause);
			this.storedId = storedId;
		}

		Object storedId() {
			return storedId;
		}
	}
}
