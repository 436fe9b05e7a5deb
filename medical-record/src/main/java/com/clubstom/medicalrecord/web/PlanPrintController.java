package com.clubstom.medicalrecord.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.PlanAccess;
import com.clubstom.medicalrecord.TreatmentPlanId;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.medicalrecord.UnknownPlanException;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.ClinicProfile;

/**
 * A treatment plan printed for the patient to sign: one A4 page of its own (not the application's layout) with the
 * clinic's name and address, the patient, the doctor, the stages and items with their sums, the totals, the usual
 * consent wording and lines for the signatures. Printing is recorded in the audit trail.
 */
@Controller
class PlanPrintController {

	private final TreatmentPlans plans;
	private final PatientRegistry registry;
	private final ClinicProfile clinic;

	PlanPrintController(TreatmentPlans plans, PatientRegistry registry, ClinicProfile clinic) {
		this.plans = plans;
		this.registry = registry;
		this.clinic = clinic;
	}

	@GetMapping("/patients/{id}/plans/{plan}/print")
	String print(@PathVariable UUID id, @PathVariable UUID plan, Authentication signedIn, Model model) {
		if (!PlanAccess.reads(SignedIn.roles(signedIn))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var patient = registry.find(new PatientId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("plan", plans.openForPrinting(patient.id(), new TreatmentPlanId(plan)));
		model.addAttribute("patient", patient);
		model.addAttribute("clinicName", clinic.name());
		model.addAttribute("clinicAddress", clinic.address());
		return "plans/print";
	}

	@ExceptionHandler(UnknownPlanException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPlan() {
		// the card's own 404 page says it: no such plan
	}
}
