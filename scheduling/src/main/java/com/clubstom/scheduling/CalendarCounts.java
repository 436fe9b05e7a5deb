package com.clubstom.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import com.clubstom.staff.StaffMemberId;

/**
 * Counts appointments per day and doctor in MongoDB, for the month overview: a month of twenty doctors is some 11 000
 * appointments, and the overview shows only their numbers, so they are grouped where they lie instead of read.
 */
@Component
class CalendarCounts {

	private final MongoTemplate mongo;

	CalendarCounts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<DayCount> between(LocalDate from, LocalDate to, CalendarFilter filter) {
		var criteria = Criteria.where("day").gte(from).lte(to).and("status").in(filter.statuses());
		if (!filter.doctors().isEmpty()) {
			criteria.and("doctorId").in(filter.doctors());
		}
		if (filter.chair() != null) {
			criteria.and("chairId").is(filter.chair());
		}
		if (!filter.services().isEmpty()) {
			criteria.and("services.serviceId").in(filter.services());
		}
		var aggregation = Aggregation.newAggregation(Aggregation.match(criteria),
				Aggregation.group("day", "doctorId").count().as("appointments"));
		var conversions = mongo.getConverter().getConversionService();
		var counts = new ArrayList<DayCount>();
		for (var row : mongo.aggregate(aggregation, mongo.getCollectionName(Appointment.class), Document.class)) {
			var key = row.get("_id", Document.class);
			counts.add(new DayCount(conversions.convert(key.get("day", Date.class), LocalDate.class),
					new StaffMemberId(key.get("doctorId", UUID.class)), row.getInteger("appointments")));
		}
		return counts;
	}
}
