package com.clubstom.staff;

import java.time.Clock;
import java.time.LocalTime;
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
	static final int MAXIMUM_ADDRESS_LENGTH = 200;
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

	/** The clinic's address for printouts (treatment plans, receipts); empty until the owner sets it. */
	public String address() {
		return stored().map(document -> document.getString("address")).orElse("");
	}

	/** When the clinic opens and closes; the usual 08:00–21:00 until the owner sets it. */
	public ClinicWorkingDay workingDay() {
		return stored().filter(document -> document.getString("opens") != null)
				.map(document -> new ClinicWorkingDay(LocalTime.parse(document.getString("opens")),
						LocalTime.parse(document.getString("closes"))))
				.orElse(ClinicWorkingDay.USUAL);
	}

	/**
	 * Sets the address and the opening hours.
	 *
	 * @throws InvalidClinicAddressException when the address is longer than {@value #MAXIMUM_ADDRESS_LENGTH} characters
	 */
	@Transactional
	public void describe(String newAddress, ClinicWorkingDay day, String changedBy) {
		var address = newAddress == null ? "" : newAddress.strip();
		if (address.length() > MAXIMUM_ADDRESS_LENGTH) {
			throw new InvalidClinicAddressException();
		}
		mongo.upsert(Query.query(Criteria.where("_id").is(THE_CLINIC)), Update.update("address", address)
				.set("opens", day.opens().toString()).set("closes", day.closes().toString()), COLLECTION);
		events.publishEvent(new ClinicDetailsChanged(address, day.opens(), day.closes(), changedBy, clock.instant()));
	}

	private Optional<Document> stored() {
		return Optional.ofNullable(mongo.findById(THE_CLINIC, Document.class, COLLECTION));
	}

	public ZoneId timeZone() {
		return properties.timeZone();
	}

	public Currency currency() {
		return properties.currency();
	}

	/** The address must be at most {@value ClinicProfile#MAXIMUM_ADDRESS_LENGTH} characters. */
	public static class InvalidClinicAddressException extends IllegalArgumentException {

		InvalidClinicAddressException() {
			super("The clinic's address must be at most " + MAXIMUM_ADDRESS_LENGTH + " characters");
		}
	}

	/** The clinic's name must be 1 to {@value ClinicProfile#MAXIMUM_NAME_LENGTH} characters. */
	public static class InvalidClinicNameException extends IllegalArgumentException {

		InvalidClinicNameException() {
			super("The clinic's name must be 1 to " + MAXIMUM_NAME_LENGTH + " characters");
		}
	}
}
