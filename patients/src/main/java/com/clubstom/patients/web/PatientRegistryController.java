package com.clubstom.patients.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.patients.InvalidPatientDetailsException;
import com.clubstom.patients.LikelyDuplicateException;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientRules;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The patient registry: live search as you type, filters, order and paging, and registering a patient in a modal
 * dialog (errors beside the fields, a likely duplicate warned about before saving).
 */
@Controller
@RequestMapping("/patients")
class PatientRegistryController {

	private final PatientRegistry registry;

	PatientRegistryController(PatientRegistry registry) {
		this.registry = registry;
	}

	/** The whole page, or only the results when the search bar asks through htmx. */
	@GetMapping
	String registry(@ModelAttribute("filter") RegistryFilter filter, HtmxRequest htmx, Authentication signedIn, Model model) {
		model.addAttribute("matches", registry.search(filter.toSearch()));
		model.addAttribute("disclosure", Disclosure.of(signedIn));
		if (htmx.isHtmxRequest() && "patient-results".equals(htmx.getTarget())) {
			return "patients/registry :: results";
		}
		model.addAttribute("tags", registry.tagsInUse());
		return "patients/registry";
	}

	@GetMapping("/new")
	String registrationForm(Model model) {
		var input = new PatientInput();
		input.setPersonalDataConsent(Boolean.TRUE);
		input.setPersonalDataConsentDate(registry.today());
		return registrationDialog(input, model);
	}

	@PostMapping
	Object register(@ModelAttribute("patient") PatientInput input, BindingResult errors, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		var details = input.toDetails(errors);
		PatientFormErrors.report(PatientRules.check(details, registry.today()), errors);
		if (errors.hasErrors()) {
			return registrationDialog(input, model);
		}
		try {
			var consentDate = Boolean.TRUE.equals(input.getPersonalDataConsent())
					? (input.getPersonalDataConsentDate() == null ? registry.today() : input.getPersonalDataConsentDate())
					: null;
			var id = registry.register(details, consentDate, input.isDuplicateConfirmed());
			redirect.addFlashAttribute("toastCode", "patient.registered.toast");
			return CardRedirect.to("/patients/" + id, htmx);
		}
		catch (LikelyDuplicateException duplicate) {
			model.addAttribute("duplicates", duplicate.candidates());
			return registrationDialog(input, model);
		}
		catch (InvalidPatientDetailsException invalid) {
			PatientFormErrors.report(invalid.violations(), errors);
			return registrationDialog(input, model);
		}
	}

	private String registrationDialog(PatientInput input, Model model) {
		model.addAttribute("patient", input);
		model.addAttribute("mode", "register");
		model.addAttribute("action", "/patients");
		model.addAttribute("today", registry.today());
		return "patients/form :: dialog";
	}
}
