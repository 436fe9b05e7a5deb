package com.clubstom.finance;

import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out the next number of a patient's account and of the year's receipts inside the posting's transaction. The
 * counter's document is written by every posting to the account, so two postings at once collide on it and one is retried
 * ({@link Retries}): the account's rules (a refund within the advance) are checked on a balance nobody else is changing.
 */
@Component
class AccountLocks {

	static final String ACCOUNTS = "patient_accounts";
	static final String COUNTERS = "finance_counters";

	private final MongoTemplate mongo;

	AccountLocks(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The number the account's next entry gets (1 for the first). */
	long nextEntryOf(UUID patientId) {
		return next(ACCOUNTS, patientId, "entries");
	}

	/** The next receipt number of the year: {@code 2026-000042}. */
	String nextReceipt(int year) {
		return "%d-%06d".formatted(year, next(COUNTERS, "receipts-" + year, "issued"));
	}

	private long next(String collection, Object id, String field) {
		var counter = mongo.findAndModify(new Query(Criteria.where("_id").is(id)), new Update().inc(field, 1L),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
		return ((Number) counter.get(field)).longValue();
	}
}
