package com.clubstom.staff;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic itself as the application shows it: its name (set by the owner, stored), time zone and currency
 * (installation settings). The name is read on every page, so it is kept in memory and refreshed on change.
 */
@Service
public class ClinicProfile {

	static final int MAXIMUM_NAME_LENGTH = 80;
	private static final String COLLECTION = "clinic_profile";
	private static final String THE_CLINIC = "clinic";

	private final MongoTemplate mongo;
	private final ClinicProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private volatile String cachedName;

	ClinicProfile(MongoTemplate mongo, ClinicProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The clinic's name as shown in the header and on printouts. */
	public String name() {
		var name = cachedName;
		if (name == null) {
			name = Optional.ofNullable(mongo.findById(THE_CLINIC, Document.class, COLLECTION))
					.map(document -> document.getString("name")).orElse(properties.name());
			cachedName = name;
		}
		return name;
	}

	/**
	 * Renames the clinic.
	 *
	 * @throws InvalidClinicNameException when the name is blank or longer than {@value #MAXIMUM_NAME_LENGTH} characters
	 */
	@Transactional
	public void rename(String newName, String renamedBy) {
		if (newName == null || newName.isBlank() || newName.strip().length() > MAXIMUM_NAME_LENGTH) {
			throw new InvalidClinicNameException();
		}
		var name = newName.strip();
		mongo.upsert(Query.query(Criteria.where("_id").is(THE_CLINIC)), Update.update("name", name), COLLECTION);
		events.publishEvent(new ClinicRenamed(name, renamedBy, clock.instant()));
		cachedName = name;
	}

	public ZoneId timeZone() {
		return properties.timeZone();
	}

	public Currency currency() {
		return properties.currency();
	}

	/** The clinic's name must be 1 to {@value ClinicProfile#MAXIMUM_NAME_LENGTH} characters. */
	public static class InvalidClinicNameException extends IllegalArgumentException {

		InvalidClinicNameException() {
			super("The clinic's name must be 1 to " + MAXIMUM_NAME_LENGTH + " characters");
		}
	}
}
