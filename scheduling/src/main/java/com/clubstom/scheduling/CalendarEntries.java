package com.clubstom.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads {@link CalendarEntry calendar entries} for the boards: only the fields a card shows, in one round trip, turned
 * into entries by hand. A busy day is some 300 appointments; the status history is most of each one's bytes, and the
 * general mapping of each document cost as much as reading it. The dates go through Spring Data's own conversions, so
 * they read as {@link Appointment} writes them.
 */
@Component
class CalendarEntries {

	private static final String[] FIELDS = { "version", "patientId", "doctorId", "chairId", "services", "day", "start",
			"end", "status" };
	/** More than a busy week of one doctor or a busy day of the clinic: the whole answer in the first batch. */
	private static final int BATCH = 2_000;

	private final MongoTemplate mongo;

	CalendarEntries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Every appointment on the days the criteria select (cancelled ones included), by start. */
	List<CalendarEntry> find(Criteria days) {
		var query = Query.query(days).with(Sort.by("day", "start")).cursorBatchSize(BATCH);
		query.fields().include(FIELDS);
		var conversions = mongo.getConverter().getConversionService();
		var found = mongo.find(query, Document.class, mongo.getCollectionName(Appointment.class));
		var entries = new ArrayList<CalendarEntry>(found.size());
		for (var stored : found) {
			entries.add(entry(stored, conversions));
		}
		return entries;
	}

	private static CalendarEntry entry(Document stored, ConversionService conversions) {
		var services = new ArrayList<BookedService>();
		for (var service : stored.getList("services", Document.class, List.of())) {
			services.add(new BookedService(service.get("serviceId", UUID.class), service.getString("code"),
					service.getString("name"), service.getInteger("minutes", 0)));
		}
		var version = stored.get("version", Number.class);
		return new CalendarEntry(stored.get("_id", UUID.class), version == null ? null : version.longValue(),
				stored.get("patientId", UUID.class), stored.get("doctorId", UUID.class), stored.get("chairId", UUID.class),
				services, conversions.convert(stored.get("day", Date.class), LocalDate.class),
				conversions.convert(stored.get("start", Date.class), LocalDateTime.class),
				conversions.convert(stored.get("end", Date.class), LocalDateTime.class),
				AppointmentStatus.valueOf(stored.getString("status")));
	}
}
