package com.clubstom.staff;

import java.time.LocalDate;

/**
 * A certificate (сертификат специалиста, аккредитация, курсы) a staff member holds. Licensing inspections ask for
 * them, so the profile flags one about to run out ({@value #EXPIRY_WARNING_DAYS} days ahead) and one that has.
 *
 * @param number may be blank
 * @param validUntil {@code null} when it does not expire
 */
public record Certificate(String title, String issuer, String number, LocalDate validUntil) {

	/** How many days ahead an expiring certificate is flagged. */
	public static final int EXPIRY_WARNING_DAYS = 60;

	public Certificate {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A certificate needs a title");
		}
		title = title.strip();
		issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
		number = number == null || number.isBlank() ? null : number.strip();
	}

	/** Valid, expiring within {@value #EXPIRY_WARNING_DAYS} days, or expired, on the clinic's {@code today}. */
	public Validity validityOn(LocalDate today) {
		if (validUntil == null) {
			return Validity.VALID;
		}
		if (validUntil.isBefore(today)) {
			return Validity.EXPIRED;
		}
		return validUntil.isAfter(today.plusDays(EXPIRY_WARNING_DAYS)) ? Validity.VALID : Validity.EXPIRING;
	}

	public enum Validity {
		VALID, EXPIRING, EXPIRED
	}
}
