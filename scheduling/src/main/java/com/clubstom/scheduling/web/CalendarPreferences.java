package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each person's calendar filters, remembered between visits and devices: the administrator who watches two doctors
 * finds the same two tomorrow. Kept as the view's address without its date.
 */
@Component
class CalendarPreferences {

	static final String COLLECTION = "calendar_preferences";

	private final MongoTemplate mongo;

	CalendarPreferences(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void remember(String username, CalendarQuery query) {
		mongo.upsert(Query.query(Criteria.where("_id").is(username)),
				new Update().set("view", query.view().name()).set("by", query.by().name()).set("colour", query.colour().name())
						.set("doctors", query.doctors().stream().map(Object::toString).sorted().toList())
						.set("services", query.services().stream().map(Object::toString).sorted().toList())
						.set("chair", query.chair() == null ? null : query.chair().toString())
						.set("statuses", query.statuses().stream().map(Enum::name).sorted().toList())
						.set("focus", query.focus() == null ? null : query.focus().toString()),
				COLLECTION);
	}

	/** The person's last filters on {@code date}, if they ever set any. */
	Optional<CalendarQuery> recall(String username, LocalDate date) {
		return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION))
				.map(saved -> CalendarQuery.read(date.toString(), saved.getString("view"), saved.getString("by"),
						saved.getList("doctors", String.class, List.of()), saved.getList("services", String.class, List.of()),
						saved.getString("chair"), saved.getList("statuses", String.class, List.of()), saved.getString("colour"),
						saved.getString("focus"), date));
	}
}
