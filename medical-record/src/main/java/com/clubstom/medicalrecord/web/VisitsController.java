package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.InvalidVisitException;
import com.clubstom.medicalrecord.ProcedureRequest;
import com.clubstom.medicalrecord.UnknownVisitException;
import com.clubstom.medicalrecord.Visit;
import com.clubstom.medicalrecord.VisitChangedMeanwhileException;
import com.clubstom.medicalrecord.VisitId;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;
import com.clubstom.staff.StaffMemberId;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;

/**
 * The "Visits" tab of the patient card and the visit page: the doctor opens a visit, records procedures, diagnoses and
 * notes (with the clinic's templates), completes it; a completed visit shows read-only with its amendments and a form to
 * amend it. Every change answers with the visit redrawn; a refused one keeps what was typed beside its messages.
 */
@Controller
@RequestMapping("/patients/{id}")
class VisitsController {

	private static final String VISIT = "visits/visit :: visit";

	private final ClinicalVisits visits;
	private final VisitPage page;
	private final Practitioners practitioners;

	VisitsController(ClinicalVisits visits, VisitPage page, Practitioners practitioners) {
		this.visits = visits;
		this.page = page;
		this.practitioners = practitioners;
	}

	@GetMapping("/tabs/visits")
	String tab(@PathVariable UUID id, Authentication signedIn, Model model) {
		var patient = new PatientId(id);
		model.addAttribute("patientId", id);
		model.addAttribute("visits", visits.openHistoryOf(patient));
		model.addAttribute("mayOpen", ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("doctors", practitioners.doctors());
		model.addAttribute("me", practitioners.me(signedIn).map(member -> member.id().value()).orElse(null));
		return "visits/tab :: tab";
	}

	/** Opens a visit without an appointment, with the doctor chosen, and shows its page. */
	@PostMapping("/visits")
	Object open(@PathVariable UUID id, @RequestParam(required = false) UUID doctor, HtmxRequest htmx, Model model) {
		if (doctor == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		var visit = visits.openDirectly(new PatientId(id), new StaffMemberId(doctor));
		var path = "/patients/" + id + "/visits/" + visit.id();
		return htmx.isHtmxRequest() ? new HtmxRedirectView(path) : "redirect:" + path;
	}

	@GetMapping("/visits/{visit}")
	String visit(@PathVariable UUID id, @PathVariable UUID visit, Authentication signedIn, Locale locale, Model model,
			HtmxRequest htmx) {
		var shown = visits.open(new VisitId(visit)).filter(found -> found.patientId().value().equals(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		page.describe(shown, signedIn, locale, model);
		return htmx.isHtmxRequest() ? VISIT : "visits/visit";
	}

	@PostMapping("/visits/{visit}/procedures")
	String addProcedure(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version,
			@ModelAttribute("procedure") ProcedureForm form, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "procedureErrors", () -> {
			visits.addProcedure(new VisitId(visit), version, form.request());
			model.addAttribute("procedure", new ProcedureForm());
			model.addAttribute("toastCode", "visit.procedure.added");
		});
	}

	@PostMapping("/visits/{visit}/procedures/{procedure}/remove")
	String removeProcedure(@PathVariable UUID id, @PathVariable UUID visit, @PathVariable UUID procedure,
			@RequestParam long version, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "procedureErrors",
				() -> visits.removeProcedure(new VisitId(visit), version, procedure));
	}

	@PostMapping("/visits/{visit}/notes")
	String writeNotes(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version,
			@ModelAttribute("notes") NotesForm form, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "notesErrors", () -> {
			visits.writeNotes(new VisitId(visit), version, form.notes());
			model.addAttribute("notes", form);
			model.addAttribute("toastCode", "visit.notes.saved");
		});
	}

	@PostMapping("/visits/{visit}/diagnoses")
	String diagnose(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version,
			@RequestParam(required = false) Integer tooth, @RequestParam(required = false) String code,
			Authentication signedIn, Locale locale, Model model) {
		model.addAttribute("diagnosisTooth", tooth);
		model.addAttribute("diagnosisCode", code);
		return change(id, visit, signedIn, locale, model, "diagnosisErrors", () -> {
			visits.diagnose(new VisitId(visit), version, tooth, code);
			model.addAttribute("diagnosisTooth", null);
			model.addAttribute("diagnosisCode", null);
		});
	}

	@PostMapping("/visits/{visit}/diagnoses/{index}/remove")
	String withdrawDiagnosis(@PathVariable UUID id, @PathVariable UUID visit, @PathVariable int index,
			@RequestParam long version, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "diagnosisErrors",
				() -> visits.withdrawDiagnosis(new VisitId(visit), version, index));
	}

	@PostMapping("/visits/{visit}/assistant")
	String assistedBy(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version,
			@RequestParam(required = false) UUID assistant, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "procedureErrors", () -> visits.assistedBy(new VisitId(visit), version,
				assistant == null ? null : new StaffMemberId(assistant)));
	}

	@PostMapping("/visits/{visit}/complete")
	String complete(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version, Authentication signedIn,
			Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "procedureErrors", () -> {
			visits.complete(new VisitId(visit), version);
			model.addAttribute("toastCode", "visit.completed");
		});
	}

	@PostMapping("/visits/{visit}/amendments")
	String amend(@PathVariable UUID id, @PathVariable UUID visit, @RequestParam long version,
			@ModelAttribute("amendment") AmendmentForm form, Authentication signedIn, Locale locale, Model model) {
		return change(id, visit, signedIn, locale, model, "amendmentErrors", () -> {
			var added = form.getAdded().isFilled() ? List.of(form.getAdded().request()) : List.<ProcedureRequest>of();
			visits.amend(new VisitId(visit), version, form.getReason(), form.getNotes().notes(), added, form.withdrawnSet());
			model.asMap().remove("amendment");
			model.addAttribute("toastCode", "visit.amended");
		});
	}

	@ExceptionHandler({ UnknownPatientException.class, UnknownVisitException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknown() {
		// the shell's 404 page says it
	}

	/** Runs a change and redraws the visit; refused rules go beside their fields, a lost race gets its warning. */
	private String change(UUID patient, UUID visit, Authentication signedIn, Locale locale, Model model, String errorsName,
			Runnable change) {
		var id = new VisitId(visit);
		var current = visits.find(id).filter(found -> found.patientId().value().equals(patient))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			change.run();
		}
		catch (InvalidVisitException refused) {
			model.addAttribute(errorsName, ViolationsByField.of(refused.violations()));
		}
		catch (VisitChangedMeanwhileException changedMeanwhile) {
			model.addAttribute("changedMeanwhile", true);
		}
		Visit shown = visits.find(id).orElse(current);
		page.describe(shown, signedIn, locale, model);
		return VISIT;
	}
}
