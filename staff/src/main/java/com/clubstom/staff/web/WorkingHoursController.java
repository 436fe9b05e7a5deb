package com.clubstom.staff.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clubstom.staff.Chair;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.InvalidWorkingHoursException;
import com.clubstom.staff.Role;
import com.clubstom.staff.ScheduleException;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.staff.WorkingHours.WorkingHoursChangedMeanwhileException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

/**
 * A staff member's working hours, as a fragment of the staff profile (loaded with {@code hx-trigger="load"}): the week
 * table and the current and upcoming exceptions. The owner edits the week in a modal dialog and adds or removes
 * exceptions in the fragment itself; every change answers with the refreshed fragment and a toast. The schedule is kept
 * by the staff member's id alone, so the fragment works for anyone, with or without hours set.
 */
@Controller
@RequestMapping("/staff/{id}")
class WorkingHoursController {

	/** Where the profile page puts the fragment; a successful save replaces it. */
	static final String FRAGMENT_ID = "staff-hours";

	private final WorkingHours hours;
	private final Chairs chairs;

	WorkingHoursController(WorkingHours hours, Chairs chairs) {
		this.hours = hours;
		this.chairs = chairs;
	}

	@GetMapping("/hours")
	String fragment(@PathVariable UUID id, Authentication signedIn, Model model) {
		return fragment(new StaffMemberId(id), new ExceptionInput(), signedIn, model);
	}

	@GetMapping("/hours/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return dialog(id, HoursInput.of(hours.scheduleOf(new StaffMemberId(id))), model);
	}

	/** Saves the week; refused shifts come back in the dialog with the reason beside the field and the input kept. */
	@PostMapping("/hours")
	String saveWeek(@PathVariable UUID id, @ModelAttribute("hours") HoursInput input, BindingResult errors,
			Authentication signedIn, HtmxRequest htmx, HtmxResponse htmxResponse, Model model) {
		var week = input.toWeek(errors);
		week.report(hours.checkWeek(week.shifts()), errors);
		if (!errors.hasErrors()) {
			try {
				hours.changeWeeklyShifts(new StaffMemberId(id), week.shifts());
			}
			catch (InvalidWorkingHoursException invalid) {
				week.report(invalid.violations(), errors);
			}
		}
		if (errors.hasErrors()) {
			return dialog(id, input.fillRows(), model);
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/staff/" + id;
		}
		htmxResponse.setRetarget("#" + FRAGMENT_ID);
		htmxResponse.setReswap(HtmxReswap.outerHtml());
		model.addAttribute("toastCode", "hours.saved");
		return fragment(new StaffMemberId(id), new ExceptionInput(), signedIn, model);
	}

	/** Records a vacation, a sick leave or an extra shift; refused ones come back in the fragment with the reasons. */
	@PostMapping("/exceptions")
	String addException(@PathVariable UUID id, @ModelAttribute("exceptionForm") ExceptionInput input,
			BindingResult errors, Authentication signedIn, HtmxRequest htmx, Model model) {
		var staffMember = new StaffMemberId(id);
		var exception = input.toException(errors);
		if (exception != null) {
			FormErrors.report(hours.check(staffMember, exception), errors);
		}
		if (!errors.hasErrors()) {
			try {
				hours.addException(staffMember, exception);
				model.addAttribute("toastCode", "hours.exception.added");
				return answer(staffMember, new ExceptionInput(), signedIn, htmx, model);
			}
			catch (InvalidWorkingHoursException invalid) {
				FormErrors.report(invalid.violations(), errors);
			}
		}
		model.addAttribute("exceptionOpen", true);
		return answer(staffMember, input, signedIn, htmx, model);
	}

	/** Withdraws an exception as the owner saw it ({@code version}); a stale view is refreshed instead. */
	@PostMapping("/exceptions/{index}/remove")
	String removeException(@PathVariable UUID id, @PathVariable int index, @RequestParam(defaultValue = "-1") long version,
			Authentication signedIn, HtmxRequest htmx, Model model) {
		var staffMember = new StaffMemberId(id);
		try {
			hours.removeException(staffMember, index, version);
			model.addAttribute("toastCode", "hours.exception.removed");
		}
		catch (WorkingHoursChangedMeanwhileException meanwhile) {
			model.addAttribute("hoursError", "hours.changed-meanwhile");
		}
		return answer(staffMember, new ExceptionInput(), signedIn, htmx, model);
	}

	private String answer(StaffMemberId staffMember, ExceptionInput input, Authentication signedIn, HtmxRequest htmx,
			Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/staff/" + staffMember;
		}
		return fragment(staffMember, input, signedIn, model);
	}

	private String fragment(StaffMemberId staffMember, ExceptionInput input, Authentication signedIn, Model model) {
		var schedule = hours.scheduleOf(staffMember);
		var today = hours.today();
		var names = chairNames();
		model.addAttribute("staffMemberId", staffMember.toString());
		model.addAttribute("schedule", schedule);
		model.addAttribute("week", Arrays.stream(DayOfWeek.values())
				.map(day -> new DayRow(day, schedule.shiftsOn(day).stream()
						.map(shift -> new ShiftRow(shift.start() + "\u2013" + shift.end(), names.get(shift.chairId()))).toList(),
						day == today.getDayOfWeek()))
				.toList());
		var exceptions = schedule.exceptions();
		model.addAttribute("exceptions", java.util.stream.IntStream.range(0, exceptions.size())
				.filter(index -> exceptions.get(index).isCurrentOrUpcoming(today))
				.mapToObj(index -> new ExceptionRow(index, exceptions.get(index), names.get(exceptions.get(index).chairId())))
				.toList());
		model.addAttribute("today", today);
		model.addAttribute("canEdit", isOwner(signedIn));
		model.addAttribute("exceptionForm", input);
		model.addAttribute("kinds", ScheduleException.Kind.values());
		model.addAttribute("chairs", chairs.active());
		model.addAttribute("clinicDay", hours.clinicDay());
		return "staff/hours :: hours";
	}

	private String dialog(UUID id, HoursInput input, Model model) {
		model.addAttribute("hours", input);
		model.addAttribute("staffMemberId", id.toString());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("chairs", chairs.active());
		model.addAttribute("clinicDay", hours.clinicDay());
		return "staff/hours-dialog :: dialog";
	}

	private Map<ChairId, String> chairNames() {
		var names = new LinkedHashMap<ChairId, String>();
		chairs.all().forEach(chair -> names.put(chair.id(), nameOf(chair)));
		return names;
	}

	private static String nameOf(Chair chair) {
		return chair.name();
	}

	private static boolean isOwner(Authentication signedIn) {
		return signedIn != null && signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.anyMatch(Role.OWNER.authority()::equals);
	}

	/** One weekday of the week table. */
	record DayRow(DayOfWeek day, List<ShiftRow> shifts, boolean today) {
	}

	/** One shift as the table shows it: {@code 09:00–13:00} and the chair's name, if any. */
	record ShiftRow(String time, String chair) {
	}

	/** An exception with its place in the schedule's list (what the remove button posts). */
	record ExceptionRow(int index, ScheduleException exception, String chair) {
	}
}
