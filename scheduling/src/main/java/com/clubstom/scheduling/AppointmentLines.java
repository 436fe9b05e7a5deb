package com.clubstom.scheduling;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/**
 * Turns appointments into {@link AppointmentLine}s with a fixed number of queries however many there are: the patients
 * in one lookup, the team and the chairs (a clinic has tens of them) read whole.
 */
@Component
class AppointmentLines {

	private static final CalendarColour UNKNOWN_DOCTOR = new CalendarColour("#8A96A3");

	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final Chairs chairs;

	AppointmentLines(PatientRegistry patients, StaffDirectory staff, Chairs chairs) {
		this.patients = patients;
		this.staff = staff;
		this.chairs = chairs;
	}

	List<AppointmentLine> of(List<Appointment> appointments) {
		if (appointments.isEmpty()) {
			return List.of();
		}
		var names = patients.summariesOf(appointments.stream().map(Appointment::patientId).distinct().toList());
		// dismissed doctors too: their past appointments keep their names
		var doctors = staff.catalogue(new StaffCatalogueQuery("", null, StaffCatalogueQuery.Shown.ALL)).stream()
				.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		var chairNames = chairs.all().stream().collect(Collectors.toMap(chair -> chair.id(), chair -> chair.name()));
		return appointments.stream().map(appointment -> {
			var patient = names.get(appointment.patientId());
			var doctor = doctors.get(appointment.doctorId());
			return new AppointmentLine(appointment, patient == null ? null : patient.fullName(),
					doctor == null ? null : doctor.fullName(), doctor == null ? UNKNOWN_DOCTOR : doctor.calendarColour(),
					chairNames.get(appointment.chairId()));
		}).toList();
	}
}
