package com.clubstom.scheduling.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;

/**
 * The clinic calendar at {@code /calendar}: a day with a column per doctor or chair, one person's week, or the month.
 * htmx navigation (today, previous, next, the date picker, filters) swaps only the board and pushes the address; a
 * visit without filters in the address gets the person's remembered ones.
 */
@Controller
class CalendarController {

	private final CalendarBoards boards;
	private final CalendarPreferences preferences;
	private final CalendarAccess access;
	private final ServiceCatalogue catalogue;
	private final Scheduling scheduling;
	private final MessageSource messages;

	CalendarController(CalendarBoards boards, CalendarPreferences preferences, CalendarAccess access,
			ServiceCatalogue catalogue, Scheduling scheduling, MessageSource messages) {
		this.boards = boards;
		this.preferences = preferences;
		this.access = access;
		this.catalogue = catalogue;
		this.scheduling = scheduling;
		this.messages = messages;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) String date, @RequestParam(required = false) String view,
			@RequestParam(required = false) String by, @RequestParam(name = "doctor", required = false) List<String> doctors,
			@RequestParam(name = "service", required = false) List<String> services,
			@RequestParam(required = false) String chair, @RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(required = false) String colour, @RequestParam(required = false) String focus,
			@RequestParam(required = false) String patient,
			@RequestParam(name = "services", required = false) List<String> bookingServices,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-Target", required = false) String target, Authentication signedIn, Locale locale,
			HttpServletRequest request, Model model) {
		var today = scheduling.today();
		var filtered = view != null || by != null || doctors != null || services != null || chair != null || statuses != null
				|| colour != null || focus != null;
		var query = filtered ? CalendarQuery.read(date, view, by, doctors, services, chair, statuses, colour, focus, today)
				: preferences.recall(signedIn.getName(), CalendarQuery.read(date, null, null, null, null, null, null, null, null, today).date())
						.orElseGet(() -> CalendarQuery.read(date, null, null, null, null, null, null, null, null, today));
		if (filtered) {
			preferences.remember(signedIn.getName(), query);
		}
		var mayBook = access.mayBook(signedIn);
		// from the waiting list: the next empty slot clicked books this patient; from a treatment plan's stage, with the
		// stage's services (not the calendar's service filter, which is "service")
		model.addAttribute("bookingPatient", mayBook ? patient : null);
		model.addAttribute("bookingServices", mayBook && patient != null && bookingServices != null && !bookingServices.isEmpty()
				? String.join(",", bookingServices) : null);
		model.addAttribute("query", query);
		model.addAttribute("today", today);
		model.addAttribute("mayBook", mayBook);
		model.addAttribute("path", query.path());
		model.addAttribute("todayPath", query.on(today).path());
		model.addAttribute("previousPath", query.step(-1).path());
		model.addAttribute("nextPath", query.step(1).path());
		model.addAttribute("dayPath", query.as(CalendarQuery.View.DAY).path());
		model.addAttribute("weekPath", query.as(CalendarQuery.View.WEEK).path());
		model.addAttribute("monthPath", query.as(CalendarQuery.View.MONTH).path());
		var staffing = boards.staffing();
		var markup = new CardMarkup(messages, locale, request.getContextPath() + "/assets/img/icons.svg#alert",
				query.by() == CalendarQuery.Columns.CHAIR);
		switch (query.view()) {
			case DAY -> model.addAttribute("board", boards.day(query, mayBook, staffing, markup));
			case WEEK -> {
				model.addAttribute("board", boards.week(query, mayBook, staffing, markup));
				model.addAttribute("focus", boards.focus(query, staffing));
			}
			case MONTH -> model.addAttribute("month", boards.month(query, staffing));
		}
		model.addAttribute("doctors", staffing.doctors());
		model.addAttribute("chairs", staffing.chairs());
		model.addAttribute("services", catalogue.all().stream().filter(ClinicalService::isActive).toList());
		model.addAttribute("statuses", AppointmentStatus.values());
		// htmx navigation and live refreshes swap the board (toolbar, filters, grid) only
		return "true".equals(htmx) && "calendar-board".equals(target) ? "scheduling/calendar :: board" : "scheduling/calendar";
	}
}
