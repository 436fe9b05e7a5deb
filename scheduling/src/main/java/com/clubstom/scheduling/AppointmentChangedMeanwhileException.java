package com.clubstom.scheduling;

/** Someone else changed the appointment after it was shown; the person should look again before changing it. */
public class AppointmentChangedMeanwhileException extends RuntimeException {

	AppointmentChangedMeanwhileException(AppointmentId id) {
		super("Appointment " + id + " was changed meanwhile");
	}
}
