package com.clubstom.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The database's referee between two people booking the same time at once. Inside the booking's transaction, after the
 * slot was found free, {@link Scheduling} writes to one small document per doctor-day, chair-day and patient-day it
 * touches. MongoDB lets only one transaction write a document that changed since another transaction's snapshot: the
 * second booking fails with a transient write conflict, is retried, and then sees the first one's appointment. This
 * works across any number of application nodes, with no lock held in one JVM.
 */
@Component
class CalendarLocks {

	static final String COLLECTION = "calendar_locks";

	private final MongoTemplate mongo;

	CalendarLocks(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Claims the days of the doctor, the chair and the patient for the current transaction. */
	void claim(LocalDate day, UUID doctor, UUID chair, UUID patient) {
		for (var key : List.of("doctor:" + doctor + ":" + day, "chair:" + chair + ":" + day, "patient:" + patient + ":" + day)) {
			mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().inc("claims", 1), COLLECTION);
		}
	}
}
