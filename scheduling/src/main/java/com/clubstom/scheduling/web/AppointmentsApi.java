package com.clubstom.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.patients.PatientId;
import com.clubstom.scheduling.Appointment;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The calendar for integrators (an online booking widget, a call centre): read a day, book, move a status on. */
@RestController
@RequestMapping("/api/appointments")
@Tag(name = "Appointments", description = "The clinic calendar: a day's appointments, booking, status steps")
class AppointmentsApi {

	private final Scheduling scheduling;
	private final CalendarAccess access;

	AppointmentsApi(Scheduling scheduling, CalendarAccess access) {
		this.scheduling = scheduling;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The appointments of a day, by start; optionally one doctor's")
	List<AppointmentView> day(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) UUID doctor) {
		return scheduling.on(date).stream().filter(appointment -> doctor == null || appointment.doctorId().value().equals(doctor))
				.map(AppointmentView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment with its status history")
	AppointmentView one(@PathVariable UUID id) {
		return AppointmentView.of(existing(id));
	}

	@PostMapping
	@Operation(summary = "Book an appointment (422 naming each broken rule, e.g. the doctor is busy)")
	ResponseEntity<AppointmentView> book(@RequestBody BookingRequest request, Authentication signedIn) {
		var id = scheduling.book(new Booking(request.patientId() == null ? null : new PatientId(request.patientId()),
				request.doctorId() == null ? null : new StaffMemberId(request.doctorId()),
				request.chairId() == null ? null : new ChairId(request.chairId()),
				request.services() == null ? List.of() : request.services().stream().map(ClinicalServiceId::new).toList(),
				request.start(), request.minutes(), request.comment()), access.mayBook(signedIn));
		return ResponseEntity.created(URI.create("/api/appointments/" + id)).body(AppointmentView.of(existing(id.value())));
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move the status on (CONFIRMED, ARRIVED, IN_CHAIR, COMPLETED, NO_SHOW, CANCELLED with a reason)")
	AppointmentView changeStatus(@PathVariable UUID id, @RequestBody StatusRequest request, Authentication signedIn) {
		var appointment = existing(id);
		if (!access.mayChangeStatusOf(signedIn, appointment)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		scheduling.changeStatus(appointment.id(), request.version(), request.status(), request.reason());
		return AppointmentView.of(existing(id));
	}

	private Appointment existing(UUID id) {
		return scheduling.find(new AppointmentId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** What a booking needs; {@code minutes} empty for the services' total. */
	record BookingRequest(UUID patientId, UUID doctorId, UUID chairId, List<UUID> services, LocalDateTime start,
			Integer minutes, String comment) {
	}

	/** The next status, the version the caller saw, and the reason of a cancellation. */
	record StatusRequest(AppointmentStatus status, long version, String reason) {
	}

	/** An appointment as the API gives it. */
	record AppointmentView(UUID id, UUID patientId, UUID doctorId, UUID chairId, List<Service> services,
			LocalDateTime start, LocalDateTime end, AppointmentStatus status, String comment, long version,
			List<Step> history) {

		static AppointmentView of(Appointment appointment) {
			return new AppointmentView(appointment.id().value(), appointment.patientId().value(),
					appointment.doctorId().value(), appointment.chairId().value(),
					appointment.services().stream().map(service -> new Service(service.serviceId(), service.code(),
							service.name(), service.minutes())).toList(),
					appointment.slot().start(), appointment.slot().end(), appointment.status(), appointment.comment(),
					appointment.version(), appointment.history().stream()
							.map(change -> new Step(change.status(), change.at(), change.by(), change.reason())).toList());
		}
	}

	record Service(UUID id, String code, String name, int minutes) {
	}

	record Step(AppointmentStatus status, java.time.Instant at, String by, String reason) {
	}
}
