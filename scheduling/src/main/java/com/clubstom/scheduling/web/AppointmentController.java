package com.clubstom.scheduling.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.scheduling.Appointment;
import com.clubstom.scheduling.AppointmentChangedMeanwhileException;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.AppointmentStatusException;
import com.clubstom.scheduling.InvalidBookingException;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberId;

/**
 * One appointment from the calendar: its details with the actions the person may take (a popover dialog), a move by drag
 * and drop or resize with an undo, and the status steps (confirmed, arrived, in chair, completed, no-show, cancelled with
 * a reason). Every answer asks the calendar to refresh itself; a refusal says why in a toast.
 */
@Controller
class AppointmentController {

	private final Scheduling scheduling;
	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final Chairs chairs;
	private final CalendarAccess access;
	private final ClinicalVisits visits;

	AppointmentController(Scheduling scheduling, PatientRegistry patients, StaffDirectory staff, Chairs chairs,
			CalendarAccess access, ClinicalVisits visits) {
		this.visits = visits;
		this.scheduling = scheduling;
		this.patients = patients;
		this.staff = staff;
		this.chairs = chairs;
		this.access = access;
	}

	@GetMapping("/calendar/appointments/{id}")
	String details(@PathVariable UUID id, Authentication signedIn, Model model) {
		var appointment = existing(id);
		model.addAttribute("appointment", appointment);
		model.addAttribute("patient", patients.find(appointment.patientId()).orElse(null));
		model.addAttribute("doctor", staff.find(appointment.doctorId()).orElse(null));
		model.addAttribute("chair", chairs.find(appointment.chairId()).orElse(null));
		var next = access.nextStatusesFor(signedIn, appointment);
		model.addAttribute("nextStatuses", next);
		model.addAttribute("mayCancel", next.contains(AppointmentStatus.CANCELLED));
		model.addAttribute("mayBook", access.mayBook(signedIn));
		model.addAttribute("mayStartVisit", access.mayStartVisitOf(signedIn, appointment));
		// the visit held for it, for those who see clinical records
		model.addAttribute("visit", ClinicalAccess.reads(CalendarAccess.roles(signedIn))
				? visits.ofAppointment(appointment.id().value()).orElse(null) : null);
		return "scheduling/appointment :: details";
	}

	/** A drag and drop or resize: the new start, length, doctor and chair, as the person saw the appointment. */
	@PostMapping("/calendar/appointments/{id}/move")
	String move(@PathVariable UUID id, @RequestParam long version, @RequestParam String start, @RequestParam int minutes,
			@RequestParam(required = false) String doctor, @RequestParam(required = false) String chair,
			Authentication signedIn, HttpServletResponse response, Model model) {
		if (!access.mayBook(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var appointment = existing(id);
		var before = appointment.slot();
		var newStart = parse(start).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		var newDoctor = doctor == null || doctor.isBlank() ? appointment.doctorId() : StaffMemberId.of(doctor);
		var newChair = chair == null || chair.isBlank() ? appointment.chairId() : ChairId.of(chair);
		response.setHeader("HX-Trigger-After-Settle", "calendar-changed");
		try {
			scheduling.move(appointment.id(), version, newStart, minutes, newDoctor, newChair, access.mayBook(signedIn));
		}
		catch (InvalidBookingException refused) {
			model.addAttribute("toastErrorCode", refused.violations().get(0).code());
			return "scheduling/appointment :: nothing";
		}
		catch (AppointmentChangedMeanwhileException | AppointmentStatusException outdated) {
			model.addAttribute("toastErrorCode", "appointment.changed-meanwhile");
			return "scheduling/appointment :: nothing";
		}
		var moved = existing(id);
		model.addAttribute("moved", moved);
		model.addAttribute("before", before);
		model.addAttribute("beforeDoctor", appointment.doctorId());
		model.addAttribute("beforeChair", appointment.chairId());
		return "scheduling/appointment :: undo";
	}

	@PostMapping("/calendar/appointments/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam long version, @RequestParam String status,
			@RequestParam(required = false) String reason, Authentication signedIn, HttpServletResponse response,
			Model model) {
		var appointment = existing(id);
		if (!access.mayChangeStatusOf(signedIn, appointment)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var next = parseStatus(status);
		try {
			scheduling.changeStatus(appointment.id(), version, next, reason);
		}
		catch (InvalidBookingException refused) {
			model.addAttribute("reasonError", refused.violations().get(0).code());
			model.addAttribute("reason", reason);
			return details(id, signedIn, model);
		}
		catch (AppointmentChangedMeanwhileException | AppointmentStatusException outdated) {
			model.addAttribute("changedMeanwhile", true);
			response.setHeader("HX-Trigger-After-Settle", "calendar-changed");
			return details(id, signedIn, model);
		}
		model.addAttribute("toastCode", "appointment.status.changed." + next);
		response.setHeader("HX-Trigger-After-Settle", "calendar-changed");
		return "scheduling/appointment :: nothing";
	}

	private static AppointmentStatus parseStatus(String status) {
		try {
			return AppointmentStatus.valueOf(status);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static Optional<LocalDateTime> parse(String text) {
		try {
			return Optional.of(LocalDateTime.parse(text.strip()));
		}
		catch (DateTimeParseException unreadable) {
			return Optional.empty();
		}
	}

	private Appointment existing(UUID id) {
		return scheduling.find(new AppointmentId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
