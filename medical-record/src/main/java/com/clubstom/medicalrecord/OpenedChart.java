package com.clubstom.medicalrecord;

/**
 * A patient's chart as opened for viewing, with the dentition to show first: the patient's age decides it
 * ({@link Dentition#forAge}), read from the same lookup that recorded the view.
 */
public record OpenedChart(DentalChart chart, Dentition usualDentition) {
}
