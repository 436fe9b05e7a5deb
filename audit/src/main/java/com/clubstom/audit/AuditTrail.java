package com.clubstom.audit;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.clubstom.audit.AuditEntry.UnreadableEntryException;

/**
 * The audit trail's API: contexts record access to personal and medical data here; the owner's audit page searches,
 * exports and verifies it.
 * <p>
 * <b>One linear chain without locks.</b> Appending reads the newest entry, builds the next one (sequence + 1, chained to
 * the newest entry's hash) and inserts it with the sequence as {@code _id}. When several threads or application nodes
 * append at once, the unique {@code _id} lets exactly one of them have each sequence number; the others re-read the tail
 * and try again after a short random pause. So the chain stays gap-free and linear across nodes with nothing but the
 * database's unique key.
 * <p>
 * <b>After the commit.</b> Inside a Spring-managed transaction an entry is appended only once the transaction has
 * committed: a change that is rolled back leaves no trace, and a collision retry can never abort the caller's
 * transaction, because the append does not run in it (see {@link StoredTrail}). Who acted and when is captured at the
 * moment of the call, not at the commit.
 * <p>
 * A failed append is not swallowed: the caller gets the exception, so a view of personal data whose access could not be
 * recorded fails rather than going unrecorded.
 */
@Service
public class AuditTrail {

	/** Rounds of "read the tail, insert the next entry" before an append gives up. */
	static final int APPEND_ATTEMPTS = 100;

	/** The largest page {@link #search} returns. */
	public static final int MAXIMUM_PAGE_SIZE = 200;

	/** The section of entries about the audit trail itself (its export). */
	public static final String AUDIT_SECTION = "audit";

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final StoredTrail trail;
	private final ObjectProvider<Actors> actors;
	private final Clock clock;
	private final ZoneId clinicZone;

	AuditTrail(StoredTrail trail, ObjectProvider<Actors> actors, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId clinicZone) {
		this.trail = trail;
		this.actors = actors;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/**
	 * Records that the current actor (from {@link Actors}, {@link Actor#system()} when the application provides none) did
	 * {@code action} on {@code subject}'s data.
	 * <p>
	 * If a Spring transaction is active, the entry is appended after it commits (and not at all if it rolls back);
	 * otherwise at once.
	 *
	 * @param section which part of the record, e.g. "profile", "documents", "card"; may be empty
	 * @param changedFields the names of the changed fields for {@link AuditAction#CHANGE}; empty for other actions
	 */
	public void record(AuditAction action, AuditSubject subject, String section, Collection<String> changedFields) {
		Objects.requireNonNull(subject, "subject");
		recordOnCommit(action, subject, section, changedFields);
	}

	/** {@link #record(AuditAction, AuditSubject, String, Collection)} without changed fields. */
	public void record(AuditAction action, AuditSubject subject, String section) {
		record(action, subject, section, List.of());
	}

	/**
	 * Records an action on data of no single person, e.g. an {@link AuditAction#EXPORT} of a patient list; otherwise as
	 * {@link #record(AuditAction, AuditSubject, String, Collection)}.
	 *
	 * @param section what was acted on, e.g. "patients" or {@value #AUDIT_SECTION}
	 */
	public void record(AuditAction action, String section) {
		recordOnCommit(action, null, section, List.of());
	}

	private void recordOnCommit(AuditAction action, AuditSubject subject, String section,
			Collection<String> changedFields) {
		Objects.requireNonNull(action, "action");
		var at = clock.instant();
		var actor = currentActor();
		var fields = changedFields == null ? List.<String>of() : changedFields.stream().filter(Objects::nonNull).toList();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					append(at, actor, action, subject, section, fields);
				}
			});
		}
		else {
			append(at, actor, action, subject, section, fields);
		}
	}

	private Actor currentActor() {
		var source = actors.getIfAvailable();
		var actor = source == null ? null : source.current();
		return actor == null ? Actor.system() : actor;
	}

	/** Appends one entry at the end of the chain, retrying when another appender took the sequence number first. */
	private AuditEntry append(Instant at, Actor actor, AuditAction action, AuditSubject subject, String section,
			List<String> changedFields) {
		for (int attempt = 1;; attempt++) {
			var entry = AuditEntry.following(trail.tail(), at, actor, action, subject, section, changedFields);
			if (trail.insertUnlessTaken(entry)) {
				return entry;
			}
			log.debug("Audit entry #{} was taken by another appender (attempt {})", entry.sequence(), attempt);
			if (attempt == APPEND_ATTEMPTS) {
				throw new IllegalStateException("Could not append to the audit trail: " + APPEND_ATTEMPTS
						+ " attempts collided with other appenders");
			}
			pauseBeforeAttempt(attempt + 1);
		}
	}

	/** A short random pause, growing a little with each attempt, so colliding appenders spread out. */
	private static void pauseBeforeAttempt(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + 2L * Math.min(attempt, 10)));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while appending to the audit trail", interrupted);
		}
	}

	/**
	 * A page of the entries matching {@code query}, newest first.
	 *
	 * @param page from 0
	 * @param size entries per page, 1 to {@value #MAXIMUM_PAGE_SIZE}
	 */
	public AuditEntries search(AuditQuery query, int page, int size) {
		var pageNumber = Math.max(0, page);
		var pageSize = Math.max(1, Math.min(size, MAXIMUM_PAGE_SIZE));
		var from = startOf(query.from());
		var to = startOf(query.to() == null ? null : query.to().plusDays(1));
		var total = trail.count(query, from, to);
		var entries = trail.newestFirst(query, from, to, (long) pageNumber * pageSize, pageSize).stream()
				.map(AuditTrail::readableOrNull).filter(Objects::nonNull).map(AuditEntry::toView).toList();
		return new AuditEntries(entries, total, pageNumber, pageSize);
	}

	/**
	 * Writes every entry matching {@code query}, oldest first, as CSV to {@code out} (UTF-8 with a byte order mark, so
	 * Excel shows Cyrillic; a header row; comma-separated and quoted as RFC 4180 says; times in the clinic's time zone),
	 * then records the export itself as an {@link AuditAction#EXPORT} entry in section {@value #AUDIT_SECTION}: about the
	 * subject when the query names one, about no single person otherwise. Entries appended while the export runs (its own
	 * included) are not part of it. {@code out} is flushed, not closed.
	 */
	public void exportCsv(AuditQuery query, Writer out) {
		var upTo = trail.tail().sequence();
		var csv = new AuditCsv(out, clinicZone);
		try {
			csv.header();
			trail.inSequence(query, startOf(query.from()), startOf(query.to() == null ? null : query.to().plusDays(1)),
					upTo, stored -> {
						var entry = readableOrNull(stored);
						if (entry != null) {
							csv.entry(entry.toView());
						}
					});
			csv.flush();
		}
		finally {
			// data may have left even if writing failed half-way: the export is recorded either way
			var subject = subjectOf(query);
			if (subject.isPresent()) {
				record(AuditAction.EXPORT, subject.get(), AUDIT_SECTION);
			}
			else {
				record(AuditAction.EXPORT, AUDIT_SECTION);
			}
		}
	}

	/**
	 * Walks the whole chain in sequence order, recomputing each entry's hash and checking it follows the one before, and
	 * stops at the first break. See {@link ChainVerifier} for what is detected.
	 */
	public ChainVerification verify() {
		var verifier = new ChainVerifier();
		trail.walk(stored -> {
			try {
				verifier.check(AuditEntry.fromDocument(stored));
			}
			catch (UnreadableEntryException unreadable) {
				verifier.unreadable(numericIdOf(stored));
			}
			return !verifier.isBroken();
		});
		var result = verifier.result();
		if (!result.intact()) {
			log.warn("The audit trail is broken at entry #{}: {}", result.firstBrokenSequence(), result.problem());
		}
		return result;
	}

	/**
	 * Everyone who appears in the trail (with the name of their newest entry), by name, for the page's staff filter. The
	 * {@code address} of each is empty.
	 */
	public List<Actor> actorsSeen() {
		return trail.actorUsernames().stream()
				.map(username -> trail.newestBy(username).map(AuditTrail::readableOrNull)
						.map(entry -> new Actor(username, entry.actorName(), "")).orElse(new Actor(username, username, "")))
				.sorted(Comparator.comparing(Actor::fullName, String.CASE_INSENSITIVE_ORDER).thenComparing(Actor::username))
				.toList();
	}

	/** The subject as the newest entry about it names it (its label at that time), if the trail mentions it at all. */
	public Optional<AuditSubject> subjectSeen(String kind, UUID id) {
		if (kind == null || id == null) {
			return Optional.empty();
		}
		return trail.newestAbout(kind, id).map(AuditTrail::readableOrNull)
				.map(entry -> new AuditSubject(kind, id, entry.subjectLabel()));
	}

	/** The clinic's time zone, in which the trail's days are counted and its times shown. */
	public ZoneId clinicZone() {
		return clinicZone;
	}

	private Optional<AuditSubject> subjectOf(AuditQuery query) {
		if (query.subjectKind() == null || query.subjectId() == null) {
			return Optional.empty();
		}
		return Optional.of(subjectSeen(query.subjectKind(), query.subjectId())
				.orElse(new AuditSubject(query.subjectKind(), query.subjectId(), "")));
	}

	private Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(clinicZone).toInstant();
	}

	/** Pages and exports show what can be read; a document edited beyond reading is for {@link #verify()} to report. */
	private static AuditEntry readableOrNull(Document stored) {
		try {
			return AuditEntry.fromDocument(stored);
		}
		catch (UnreadableEntryException unreadable) {
			log.warn("Skipping an unreadable audit trail document {}", unreadable.storedId());
			return null;
		}
	}

	private static Long numericIdOf(Document stored) {
		try {
			return AuditEntry.sequenceOf(stored);
		}
		catch (UnreadableEntryException notANumber) {
			return null;
		}
	}
}
