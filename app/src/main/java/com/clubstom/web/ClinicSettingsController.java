package com.clubstom.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.ClinicWorkingDay;
import com.clubstom.web.security.StaffUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The clinic's settings (owner only). Saved through htmx: the form comes back with errors beside the fields, or with a
 * toast and the new name swapped into the header. Without JavaScript the same form works with a full page round trip.
 */
@Controller
@RequestMapping("/settings/clinic")
class ClinicSettingsController {

	private final ClinicProfile clinic;
	private final Toasts toasts;

	ClinicSettingsController(ClinicProfile clinic, Toasts toasts) {
		this.clinic = clinic;
		this.toasts = toasts;
	}

	@ModelAttribute
	void installation(Model model) {
		model.addAttribute("timeZone", clinic.timeZone());
		model.addAttribute("currency", clinic.currency());
	}

	@GetMapping
	String settings(Model model) {
		var day = clinic.workingDay();
		model.addAttribute("form", new ClinicSettingsForm(clinic.name(), clinic.address(), day.opens(), day.closes()));
		return "settings/clinic";
	}

	@PostMapping
	String save(@Validated @ModelAttribute("form") ClinicSettingsForm form, BindingResult errors,
			@AuthenticationPrincipal StaffUser me, HtmxRequest htmx, HttpServletResponse response, Model model) {
		if (form.opens() != null && form.closes() != null && !form.opens().isBefore(form.closes())) {
			errors.rejectValue("closes", "settings.clinic.closes.before-opens");
		}
		if (!errors.hasErrors()) {
			if (!form.name().strip().equals(clinic.name())) {
				clinic.rename(form.name(), me.getUsername());
			}
			clinic.describe(form.address(), new ClinicWorkingDay(form.opens(), form.closes()), me.getUsername());
		}
		if (!htmx.isHtmxRequest()) {
			return errors.hasErrors() ? "settings/clinic" : "redirect:/settings/clinic?saved";
		}
		if (!errors.hasErrors()) {
			model.addAttribute("clinicName", clinic.name());
			model.addAttribute("renamed", true);
			toasts.success(response, "settings.clinic.saved");
		}
		return "settings/clinic :: form";
	}
}
