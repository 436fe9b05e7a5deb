package com.clubstom.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import com.clubstom.audit.AuditEntry.ChainTail;
import com.clubstom.audit.AuditEntry.Fields;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The {@code audit_trail} collection: one document per entry, {@code _id} = the entry's sequence.
 * <p>
 * Works on the plain driver collection of the database, which carries no client session: whatever transaction the
 * calling thread is in, audit writes and reads never take part in it. That is what lets {@link AuditTrail} append after a
 * commit (when Spring still has the committed transaction's session bound to the thread) and retry a collision without
 * touching the caller's transaction. UUIDs are encoded as the application's MongoDB client is configured
 * ({@code spring.mongodb.representation.uuid=standard}).
 * <p>
 * Its indexes are declared here and created at start-up, one per question the audit page asks: by subject, by staff
 * member, by action, by period; each ends in the order the page shows (newest first).
 */
@Component
class StoredTrail implements SmartInitializingSingleton {

	private final MongoDatabaseFactory databases;

	StoredTrail(MongoDatabaseFactory databases) {
		this.databases = databases;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var trail = collection();
		trail.createIndex(compoundIndex(ascending(Fields.SUBJECT_KIND), ascending(Fields.SUBJECT_ID), descending(Fields.SEQUENCE)),
				new IndexOptions().name("subject_newest_first"));
		trail.createIndex(compoundIndex(ascending(Fields.ACTOR_USERNAME), descending(Fields.SEQUENCE)),
				new IndexOptions().name("actor_newest_first"));
		trail.createIndex(compoundIndex(ascending(Fields.ACTION), descending(Fields.SEQUENCE)),
				new IndexOptions().name("action_newest_first"));
		trail.createIndex(descending(Fields.AT), new IndexOptions().name("at_newest_first"));
	}

	/**
	 * The newest entry's sequence and hash; {@link ChainTail#EMPTY} for an empty trail. Only numeric ids count, so a
	 * document someone added by hand with another kind of id cannot stop the trail from growing.
	 */
	ChainTail tail() {
		var newest = collection().find(gte(Fields.SEQUENCE, 1L)).sort(Sorts.descending(Fields.SEQUENCE))
				.projection(Projections.include(Fields.HASH)).limit(1).first();
		if (newest == null) {
			return ChainTail.EMPTY;
		}
		var hash = newest.get(Fields.HASH);
		return new ChainTail(AuditEntry.sequenceOf(newest), hash instanceof String text ? text : "");
	}

	/**
	 * Stores {@code entry} unless its sequence is taken.
	 *
	 * @return {@code false} when another appender stored an entry with the same sequence first
	 */
	boolean insertUnlessTaken(AuditEntry entry) {
		try {
			collection().insertOne(entry.toDocument());
			return true;
		}
		catch (MongoWriteException failed) {
			if (failed.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw failed;
		}
	}

	long count(AuditQuery query, Instant fromInclusive, Instant toExclusive) {
		return collection().countDocuments(filterOf(query, fromInclusive, toExclusive, null));
	}

	/** One page of the documents matching, newest first. */
	List<Document> newestFirst(AuditQuery query, Instant fromInclusive, Instant toExclusive, long skip, int limit) {
		return collection().find(filterOf(query, fromInclusive, toExclusive, null)).sort(Sorts.descending(Fields.SEQUENCE))
				.skip((int) Math.min(skip, Integer.MAX_VALUE)).limit(limit).into(new ArrayList<>());
	}

	/** Hands every matching document up to {@code upToSequence} to {@code each}, oldest first, without loading them all. */
	void inSequence(AuditQuery query, Instant fromInclusive, Instant toExclusive, long upToSequence,
			Consumer<Document> each) {
		try (var cursor = collection().find(filterOf(query, fromInclusive, toExclusive, upToSequence))
				.sort(Sorts.ascending(Fields.SEQUENCE)).batchSize(500).iterator()) {
			cursor.forEachRemaining(each);
		}
	}

	/** Walks every stored document in {@code _id} order until {@code each} says stop. */
	void walk(Predicate<Document> each) {
		try (var cursor = collection().find().sort(Sorts.ascending(Fields.SEQUENCE)).batchSize(1000).iterator()) {
			while (cursor.hasNext()) {
				if (!each.test(cursor.next())) {
					return;
				}
			}
		}
	}

	/** Everyone who appears in the trail, by username (the index makes this a scan of distinct keys). */
	List<String> actorUsernames() {
		return collection().distinct(Fields.ACTOR_USERNAME, String.class).into(new ArrayList<>());
	}

	/** The newest entry by {@code username}. */
	Optional<Document> newestBy(String username) {
		return Optional.ofNullable(collection().find(eq(Fields.ACTOR_USERNAME, username))
				.sort(Sorts.descending(Fields.SEQUENCE)).limit(1).first());
	}

	/** The newest entry about a subject. */
	Optional<Document> newestAbout(String kind, UUID id) {
		return Optional.ofNullable(collection().find(and(eq(Fields.SUBJECT_KIND, kind), eq(Fields.SUBJECT_ID, id)))
				.sort(Sorts.descending(Fields.SEQUENCE)).limit(1).first());
	}

	private static Bson filterOf(AuditQuery query, Instant fromInclusive, Instant toExclusive, Long upToSequence) {
		var conditions = new ArrayList<Bson>();
		if (query.subjectKind() != null) {
			conditions.add(eq(Fields.SUBJECT_KIND, query.subjectKind()));
		}
		if (query.subjectId() != null) {
			conditions.add(eq(Fields.SUBJECT_ID, query.subjectId()));
		}
		if (query.actorUsername() != null) {
			conditions.add(eq(Fields.ACTOR_USERNAME, query.actorUsername()));
		}
		if (query.action() != null) {
			conditions.add(eq(Fields.ACTION, query.action().name()));
		}
		if (fromInclusive != null) {
			conditions.add(gte(Fields.AT, Date.from(fromInclusive)));
		}
		if (toExclusive != null) {
			conditions.add(lt(Fields.AT, Date.from(toExclusive)));
		}
		if (upToSequence != null) {
			conditions.add(lte(Fields.SEQUENCE, upToSequence));
		}
		return conditions.isEmpty() ? new Document() : and(conditions);
	}

	private MongoCollection<Document> collection() {
		return databases.getMongoDatabase().getCollection(AuditEntry.COLLECTION);
	}
}
