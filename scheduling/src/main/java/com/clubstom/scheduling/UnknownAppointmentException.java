package com.clubstom.scheduling;

/** No appointment has this id. */
public class UnknownAppointmentException extends RuntimeException {

	UnknownAppointmentException(AppointmentId id) {
		super("No appointment " + id);
	}
}
