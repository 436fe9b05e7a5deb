package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.InvalidBookingException;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.StaffMemberId;

/**
 * The booking dialog: opened by a click on an empty slot (day, time, doctor and chair filled in), a patient found with
 * the registry's live search or registered on the spot (or brought along from the waiting list or a treatment plan's
 * stage, with the stage's services chosen), services from the catalogue whose durations add up. A refused
 * booking comes back with the reason beside the field; a slot someone else took meanwhile also refreshes the calendar.
 */
@Controller
class BookingController {

	private final Scheduling scheduling;
	private final PatientRegistry patients;
	private final ServiceCatalogue catalogue;
	private final Chairs chairs;
	private final CalendarBoards boards;
	private final CalendarAccess access;
	private final QuickRegistration quickRegistration;

	BookingController(Scheduling scheduling, PatientRegistry patients, ServiceCatalogue catalogue, Chairs chairs,
			CalendarBoards boards, CalendarAccess access, QuickRegistration quickRegistration) {
		this.scheduling = scheduling;
		this.patients = patients;
		this.catalogue = catalogue;
		this.chairs = chairs;
		this.boards = boards;
		this.access = access;
		this.quickRegistration = quickRegistration;
	}

	@GetMapping("/calendar/appointments/new")
	String form(@RequestParam(required = false) String date, @RequestParam(required = false) String time,
			@RequestParam(required = false) String doctor, @RequestParam(required = false) String chair,
			@RequestParam(required = false) String patient, @RequestParam(required = false) List<String> services,
			Authentication signedIn, Model model) {
		requireBooker(signedIn);
		var form = new BookingForm();
		form.setDate(date == null ? scheduling.today().toString() : date);
		form.setTime(time);
		form.setDoctorId(doctor);
		form.setChairId(chair);
		// a treatment plan's stage books its services: those still offered are chosen, their durations add up
		form.setServices(services == null ? null : services.stream()
				.map(service -> id(service, text -> new ClinicalServiceId(UUID.fromString(text)))).filter(Objects::nonNull).distinct()
				.filter(service -> catalogue.find(service).filter(ClinicalService::isActive).isPresent()).map(ClinicalServiceId::toString)
				.toList());
		if (patient != null) {
			patients.find(PatientId.of(patient)).ifPresent(found -> {
				form.setPatientId(found.id().toString());
				form.setPatientName(found.fullName());
			});
		}
		return dialog(form, model);
	}

	/** The live search of the registry, as a list to pick from. */
	@GetMapping("/calendar/patients")
	String findPatients(@RequestParam(name = "q", defaultValue = "") String text, Authentication signedIn, Model model) {
		requireBooker(signedIn);
		model.addAttribute("q", text);
		model.addAttribute("matches", text.isBlank() ? List.of()
				: patients.search(new PatientSearch(text, PatientStatus.ACTIVE, null, null, 0, 8)).items());
		return "scheduling/booking :: matches";
	}

	@PostMapping("/calendar/appointments")
	String book(@ModelAttribute("booking") BookingForm form, BindingResult errors, Authentication signedIn,
			HttpServletResponse response, Model model) {
		requireBooker(signedIn);
		var start = startOf(form, errors);
		var minutes = minutesOf(form, errors);
		PatientId patient = null;
		if (form.isNewPatient()) {
			patient = quickRegistration.register(form, errors).orElse(null);
		}
		else if (form.getPatientId() != null && !form.getPatientId().isBlank()) {
			patient = PatientId.of(form.getPatientId());
		}
		if (errors.hasErrors()) {
			return dialog(form, model);
		}
		try {
			scheduling.book(new Booking(patient, id(form.getDoctorId(), StaffMemberId::of), id(form.getChairId(), ChairId::of),
					form.getServices().stream().map(UUID::fromString).map(ClinicalServiceId::new).toList(),
					start == null ? null : LocalDate.parse(form.getDate()).atTime(start), minutes, form.getComment()),
					access.mayBook(signedIn));
		}
		catch (InvalidBookingException refused) {
			refused.violations().forEach(violation -> {
				if (!errors.hasFieldErrors(violation.field())) {
					errors.rejectValue(fieldOf(violation.field()), violation.code());
				}
			});
			if (patient != null) {
				// a patient registered on the spot stays registered: the form now points at them
				form.setNewPatient(false);
				form.setPatientId(patient.toString());
				patients.find(patient).ifPresent(found -> form.setPatientName(found.fullName()));
			}
			// the slot may have been taken meanwhile: the calendar behind the dialog shows who took it
			response.setHeader("HX-Trigger-After-Settle", "calendar-changed");
			return dialog(form, model);
		}
		model.addAttribute("toastCode", "booking.booked");
		response.setHeader("HX-Trigger-After-Settle", "calendar-changed");
		return "scheduling/booking :: closed";
	}

	private static String fieldOf(String violationField) {
		return switch (violationField) {
			case "start" -> "time";
			default -> violationField;
		};
	}

	private LocalTime startOf(BookingForm form, BindingResult errors) {
		try {
			LocalDate.parse(Objects.requireNonNullElse(form.getDate(), ""));
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue("date", "booking.date.invalid");
			return null;
		}
		if (form.getTime() == null || form.getTime().isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(form.getTime().strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue("time", "booking.time.invalid");
			return null;
		}
	}

	private static Integer minutesOf(BookingForm form, BindingResult errors) {
		if (form.getMinutes() == null || form.getMinutes().isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(form.getMinutes().strip());
		}
		catch (NumberFormatException unreadable) {
			errors.rejectValue("minutes", "booking.minutes.range");
			return null;
		}
	}

	private static <T> T id(String text, java.util.function.Function<String, T> parse) {
		try {
			return text == null || text.isBlank() ? null : parse.apply(text.strip());
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private String dialog(BookingForm form, Model model) {
		model.addAttribute("booking", form);
		model.addAttribute("doctors", boards.doctors());
		model.addAttribute("chairs", chairs.active());
		model.addAttribute("services", catalogue.all().stream().filter(ClinicalService::isActive).toList());
		return "scheduling/booking :: dialog";
	}

	private void requireBooker(Authentication signedIn) {
		if (!access.mayBook(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
