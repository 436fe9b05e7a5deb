package com.clubstom.scheduling;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Benchmark data ({@link AppointmentGenerator}): who the calendar already holds, day by day (the demo's weeks, an earlier
 * run), so that a generated day never overlaps them: a doctor or chair booked that day is left alone, a patient booked
 * that day is not booked again.
 */
final class BookedDays {

	private record Day(Set<UUID> doctors, Set<UUID> chairs, Set<UUID> patients) {
	}

	private final Map<LocalDate, Day> days;

	private BookedDays(Map<LocalDate, Day> days) {
		this.days = days;
	}

	/** The appointments that hold their time, grouped by day in the database. */
	static BookedDays in(MongoTemplate mongo) {
		var holding = AppointmentStatus.holdingTime().stream().map(Enum::name).toList();
		var byDay = Aggregation.newAggregation(Aggregation.match(Criteria.where("status").in(holding)),
				Aggregation.group("day").addToSet("doctorId").as("doctors").addToSet("chairId").as("chairs")
						.addToSet("patientId").as("patients"));
		var conversions = mongo.getConverter().getConversionService();
		var days = new HashMap<LocalDate, Day>();
		for (var day : mongo.aggregate(byDay, mongo.getCollectionName(Appointment.class), Document.class)) {
			days.put(conversions.convert(day.get("_id", Date.class), LocalDate.class), new Day(ids(day, "doctors"),
					ids(day, "chairs"), ids(day, "patients")));
		}
		return new BookedDays(days);
	}

	private static Set<UUID> ids(Document day, String field) {
		return new HashSet<>(day.getList(field, UUID.class, List.of()));
	}

	/** How many days hold appointments already. */
	int size() {
		return days.size();
	}

	/** Whether neither the doctor nor the chair has anything that day. */
	boolean isFree(LocalDate date, UUID doctor, UUID chair) {
		var day = days.get(date);
		return day == null || !day.doctors().contains(doctor) && !day.chairs().contains(chair);
	}

	/** The patients booked that day, in a set of one's own to add to. */
	Set<UUID> patientsOn(LocalDate date) {
		var day = days.get(date);
		return day == null ? new HashSet<>() : new HashSet<>(day.patients());
	}
}
