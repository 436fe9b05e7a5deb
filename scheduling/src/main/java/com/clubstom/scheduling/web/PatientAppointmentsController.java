package com.clubstom.scheduling.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;
import com.clubstom.scheduling.PatientAppointments;

/**
 * The "Appointments" tab of the patient card: upcoming appointments soonest first, then the history latest first, each
 * with its day linked to the calendar. Every look is recorded in the audit trail; the access rules let all staff in.
 */
@Controller
class PatientAppointmentsController {

	private final PatientAppointments appointments;

	PatientAppointmentsController(PatientAppointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping("/patients/{id}/tabs/" + AppointmentsTab.KEY)
	String tab(@PathVariable UUID id, Model model) {
		var listed = appointments.open(new PatientId(id));
		model.addAttribute("patientId", id);
		model.addAttribute("upcoming", listed.upcoming());
		model.addAttribute("past", listed.past());
		return "scheduling/patient-appointments :: tab";
	}

	@ExceptionHandler(UnknownPatientException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPatient() {
		// the card's own 404 page says it: no such patient
	}
}
