package com.clubstom.scheduling;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/**
 * The patient's appointments as the card shows them: what is still to come, soonest first, and what is over (or
 * cancelled, or missed), latest first. Opening them is a look at the patient's record and goes to the audit trail.
 */
@Service
public class PatientAppointments {

	private final Appointments appointments;
	private final AppointmentLines lines;
	private final PatientRegistry patients;
	private final Scheduling scheduling;

	PatientAppointments(Appointments appointments, AppointmentLines lines, PatientRegistry patients, Scheduling scheduling) {
		this.appointments = appointments;
		this.lines = lines;
		this.patients = patients;
		this.scheduling = scheduling;
	}

	/**
	 * A person opens the patient's appointments: the view is recorded in the audit trail (section
	 * {@value Scheduling#SECTION}).
	 *
	 * @throws UnknownPatientException when no such patient is on file
	 */
	public Listed open(PatientId patient) {
		patients.open(patient, Scheduling.SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		var now = scheduling.now();
		var all = lines.of(appointments.findByPatientIdOrderByStartDesc(patient.value()));
		var upcoming = all.stream().filter(line -> isUpcoming(line.appointment(), now))
				.sorted(Comparator.comparing(AppointmentLine::start)).toList();
		var past = all.stream().filter(line -> !isUpcoming(line.appointment(), now)).toList();
		return new Listed(upcoming, past);
	}

	/** Still to come: not over yet and still holding its time (a cancelled one belongs to the history). */
	static boolean isUpcoming(Appointment appointment, LocalDateTime now) {
		return appointment.status().holdsTime() && appointment.status() != AppointmentStatus.COMPLETED
				&& appointment.slot().end().isAfter(now);
	}

	/**
	 * @param upcoming soonest first
	 * @param past the rest (over, cancelled, missed), latest first
	 */
	public record Listed(List<AppointmentLine> upcoming, List<AppointmentLine> past) {

		public boolean isEmpty() {
			return upcoming.isEmpty() && past.isEmpty();
		}
	}
}
