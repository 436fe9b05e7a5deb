package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One filling-in of the questionnaire: the answers, the day the patient signed them, and who wrote them into ClubStom
 * and when. Versions are never changed: new answers make a new version.
 *
 * @param number 1 for the first version, then 2, 3, ...
 * @param recordedBy the username of whoever recorded it
 * @param recordedByName their full name at the time, so the history reads without looking anyone up
 */
@ValueObject
public record QuestionnaireVersion(int number, Anamnesis answers, LocalDate signedOn, Instant recordedAt, String recordedBy,
		String recordedByName) {

	/** The patient signed it more than a year before {@code today}: the answers may no longer hold. */
	public boolean isOlderThanAYear(LocalDate today) {
		return signedOn.isBefore(today.minusYears(1));
	}
}
