package com.clubstom.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.CalendarColour;

/**
 * One appointment as a list outside the calendar shows it (the patient card, the home page): with the names of the
 * patient, the doctor and the chair resolved, and the doctor's calendar colour.
 *
 * @param patientName {@code null} when the patient is no longer on file
 * @param doctorColour the doctor's colour in the calendar, grey when the doctor is unknown
 */
public record AppointmentLine(Appointment appointment, String patientName, String doctorName, CalendarColour doctorColour,
		String chairName) {

	public PatientId patientId() {
		return appointment.patientId();
	}

	public LocalDate day() {
		return appointment.day();
	}

	public LocalDateTime start() {
		return appointment.slot().start();
	}

	public LocalDateTime end() {
		return appointment.slot().end();
	}

	public AppointmentStatus status() {
		return appointment.status();
	}

	/** The booked services' names, as booked: "Осмотр, Профессиональная гигиена". */
	public String serviceNames() {
		return appointment.services().stream().map(BookedService::name).collect(Collectors.joining(", "));
	}

	/** Why it was cancelled, or {@code null}. */
	public String cancellationReason() {
		return appointment.status() == AppointmentStatus.CANCELLED
				? appointment.last(AppointmentStatus.CANCELLED).map(StatusChange::reason).orElse(null)
				: null;
	}
}
