package com.clubstom.staff;

import java.time.ZoneId;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation settings of the clinic ({@code clubstom.clinic.*}).
 *
 * @param name the clinic's name until the owner sets one in the application
 * @param timeZone where the clinic is: times are stored as instants and shown in this zone
 * @param currency the currency of all prices and payments
 */
@ConfigurationProperties("clubstom.clinic")
public record ClinicProperties(String name, ZoneId timeZone, Currency currency) {

	public ClinicProperties {
		name = name == null || name.isBlank() ? "ClubStom" : name.strip();
		timeZone = timeZone == null ? ZoneId.of("Europe/Moscow") : timeZone;
		currency = currency == null ? Currency.getInstance("RUB") : currency;
	}
}
