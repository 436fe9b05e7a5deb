package com.clubstom.patients;

import java.time.LocalDate;

/**
 * The patient's written consent to processing of personal data (Federal Law 152-FZ). Without it the card says so
 * prominently.
 *
 * @param given whether the signed consent is on file
 * @param date when it was signed (or withdrawn)
 * @param byRepresentative signed by the legal representative (minors)
 * @param recordedBy who entered it into ClubStom, and when
 */
public record PersonalDataConsent(boolean given, LocalDate date, boolean byRepresentative, StaffMark recordedBy) {

	public static PersonalDataConsent notGiven() {
		return new PersonalDataConsent(false, null, false, null);
	}
}
