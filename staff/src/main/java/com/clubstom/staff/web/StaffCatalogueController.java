package com.clubstom.staff.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.staff.InvalidStaffMemberException;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.StaffMemberRules;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The staff catalogue: cards of the people who work in the clinic with live search, filters by specialisation and
 * status and today's hours; and hiring a person in a modal dialog (owner only, errors beside the fields).
 */
@Controller
@RequestMapping("/staff")
class StaffCatalogueController {

	static final String NO_HOURS = "—";

	private final StaffDirectory directory;
	private final ObjectProvider<TodaysHours> todaysHours;

	StaffCatalogueController(StaffDirectory directory, ObjectProvider<TodaysHours> todaysHours) {
		this.directory = directory;
		this.todaysHours = todaysHours;
	}

	/** The whole page, or only the cards when the search bar asks through htmx. */
	@GetMapping
	String catalogue(@ModelAttribute("filter") CatalogueFilter filter, HtmxRequest htmx, Authentication signedIn,
			Model model) {
		var members = directory.catalogue(filter.toQuery());
		model.addAttribute("members", members);
		model.addAttribute("hoursToday", hoursToday(members));
		model.addAttribute("managesStaff", SignedIn.managesStaff(signedIn));
		if (htmx.isHtmxRequest() && "staff-results".equals(htmx.getTarget())) {
			return "staff/catalogue :: results";
		}
		return "staff/catalogue";
	}

	@GetMapping("/new")
	String hireForm(Model model) {
		var input = new StaffMemberInput();
		input.setCalendarColour(directory.suggestedColour().hex());
		return hireDialog(input, model);
	}

	@PostMapping
	Object hire(@ModelAttribute("staffMember") StaffMemberInput input, BindingResult errors, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		var details = input.toDetails(errors);
		FormErrors.report(StaffMemberRules.check(details, directory.today()), errors);
		if (errors.hasErrors()) {
			return hireDialog(input, model);
		}
		try {
			var id = directory.hire(details);
			redirect.addFlashAttribute("toastCode", "staff-member.hired.toast");
			return PageRedirect.to("/staff/" + id, htmx);
		}
		catch (InvalidStaffMemberException invalid) {
			FormErrors.report(invalid.violations(), errors);
			return hireDialog(input, model);
		}
	}

	/** Every member's hours today, "—" for those without (or while no working-hours feature is present). */
	private Map<StaffMemberId, String> hoursToday(List<StaffMember> members) {
		var hours = new LinkedHashMap<StaffMemberId, String>();
		members.forEach(member -> hours.put(member.id(), NO_HOURS));
		var source = todaysHours.getIfAvailable();
		if (source != null && !members.isEmpty()) {
			source.forToday(List.copyOf(hours.keySet())).forEach((id, text) -> {
				if (hours.containsKey(id) && text != null && !text.isBlank()) {
					hours.put(id, text);
				}
			});
		}
		return hours;
	}

	private String hireDialog(StaffMemberInput input, Model model) {
		model.addAttribute("staffMember", input);
		model.addAttribute("mode", "hire");
		model.addAttribute("action", "/staff");
		return "staff/form :: dialog";
	}
}
