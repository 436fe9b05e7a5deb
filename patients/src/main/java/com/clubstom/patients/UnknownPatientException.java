package com.clubstom.patients;

/** No patient has this id. */
public class UnknownPatientException extends RuntimeException {

	public UnknownPatientException(PatientId id) {
		super("No patient " + id);
	}
}
