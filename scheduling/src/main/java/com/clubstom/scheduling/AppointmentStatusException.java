package com.clubstom.scheduling;

/** The appointment cannot take that step from where it stands (a completed visit cannot be cancelled). */
public class AppointmentStatusException extends RuntimeException {

	private final AppointmentStatus current;
	private final AppointmentStatus wanted;

	AppointmentStatusException(AppointmentStatus current, AppointmentStatus wanted) {
		super("An appointment that is " + current + " cannot become " + wanted);
		this.current = current;
		this.wanted = wanted;
	}

	public AppointmentStatus current() {
		return current;
	}

	public AppointmentStatus wanted() {
		return wanted;
	}
}
