package com.clubstom.scheduling.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.scheduling.AppointmentChangedMeanwhileException;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;

/**
 * "Начать приём" in an appointment's details: the patient is seated (arrived becomes in chair) and the doctor lands on
 * the visit of the appointment, opened now or earlier, with the booked services that need no tooth already on it.
 */
@Controller
class AppointmentVisitController {

	private final Scheduling scheduling;
	private final ClinicalVisits visits;
	private final CalendarAccess access;

	AppointmentVisitController(Scheduling scheduling, ClinicalVisits visits, CalendarAccess access) {
		this.scheduling = scheduling;
		this.visits = visits;
		this.access = access;
	}

	@PostMapping("/calendar/appointments/{id}/visit")
	HtmxRedirectView startVisit(@PathVariable UUID id, @RequestParam long version, Authentication signedIn) {
		var appointment = scheduling.find(new AppointmentId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayStartVisitOf(signedIn, appointment)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (appointment.status() == AppointmentStatus.ARRIVED) {
			try {
				scheduling.changeStatus(appointment.id(), version, AppointmentStatus.IN_CHAIR, null);
			}
			catch (AppointmentChangedMeanwhileException seatedMeanwhile) {
				// someone seated the patient a moment ago: the visit is what matters now
			}
		}
		var visit = visits.openForAppointment(id, appointment.patientId(), appointment.doctorId(), appointment.day(),
				appointment.services().stream().map(service -> new ClinicalServiceId(service.serviceId())).toList());
		return new HtmxRedirectView("/patients/" + appointment.patientId() + "/visits/" + visit.id());
	}
}
