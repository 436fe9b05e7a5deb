package com.clubstom.medicalrecord.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.PlanAccess;
import com.clubstom.medicalrecord.ServiceCatalogue;

/**
 * The catalogue searched as the doctor types, for a plan: the services offered today whose name or code holds every
 * word, as buttons picking one for a stage's item form, or (planning on the chart) as a choice among the services done
 * per tooth.
 */
@Controller
class PlanServiceSearch {

	private static final int SHOWN = 12;

	private final ServiceCatalogue catalogue;

	PlanServiceSearch(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/patients/{id}/plans/services")
	String search(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) UUID plan,
			@RequestParam(required = false) UUID stage, @RequestParam(defaultValue = "false") boolean chart,
			Authentication signedIn, Model model) {
		if (!PlanAccess.plans(SignedIn.roles(signedIn))) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
		}
		var today = catalogue.today();
		model.addAttribute("patientId", id);
		model.addAttribute("plan", plan);
		model.addAttribute("stage", stage);
		model.addAttribute("q", q);
		model.addAttribute("today", today);
		model.addAttribute("found", q.isBlank() ? java.util.List.of() : catalogue.search(q, null, false).stream()
				.filter(service -> service.priceOn(today).isPresent()).filter(service -> !chart || service.perTooth())
				.limit(SHOWN).toList());
		return chart ? "plans/services :: choices" : "plans/services :: picks";
	}
}
