package com.clubstom.medicalrecord.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

import com.clubstom.medicalrecord.InvalidPlanException;
import com.clubstom.medicalrecord.PlanAccess;
import com.clubstom.medicalrecord.PlanChangedMeanwhileException;
import com.clubstom.medicalrecord.PlanStatusException;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.TreatmentPlan;
import com.clubstom.medicalrecord.TreatmentPlanId;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.medicalrecord.UnknownPlanException;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;
import com.clubstom.staff.StaffMemberId;

/**
 * The "Treatment plans" tab: the patient's plans side by side with their status and totals, and the plan chosen in full.
 * Doctors and assistants make plans, add stages and services (picked from the catalogue, with the tooth and surfaces
 * where the service is done on a tooth), remove them, propose a plan and copy it as an alternative; whoever sees plans
 * records the patient's answer; the front desk books a stage. Every answer is the whole tab with the plan open, the
 * errors beside their fields and the input kept; a plan someone else changed meanwhile is shown as it now stands.
 * The access rules let plan readers GET these paths and POST; the roles are checked here per action.
 */
@Controller
@RequestMapping("/patients/{id}")
class TreatmentPlanController {

	static final String TAB = "plans/tab :: tab";

	private final TreatmentPlans plans;
	private final ServiceCatalogue catalogue;
	private final Practitioners doctors;

	TreatmentPlanController(TreatmentPlans plans, ServiceCatalogue catalogue, Practitioners doctors) {
		this.plans = plans;
		this.catalogue = catalogue;
		this.doctors = doctors;
	}

	/** The tab, with {@code plan} open (the newest plan when none is named). */
	@GetMapping("/tabs/plans")
	String tab(@PathVariable UUID id, @RequestParam(required = false) UUID plan, Authentication signedIn, Model model) {
		require(PlanAccess.reads(SignedIn.roles(signedIn)));
		var patient = new PatientId(id);
		return describe(patient, plans.open(patient), plan, signedIn, model);
	}

	@PostMapping("/plans")
	String draft(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) UUID doctor, @RequestParam(defaultValue = "") String firstStage,
			Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		var patient = new PatientId(id);
		var created = attempt(model, "newPlanErrors", "plans.created",
				() -> plans.draft(patient, title, doctor == null ? null : new StaffMemberId(doctor), firstStage, List.of()).value());
		if (created == null) {
			model.addAttribute("newTitle", title);
			model.addAttribute("newDoctor", doctor);
		}
		return redraw(patient, created, signedIn, model);
	}

	@PostMapping("/plans/{plan}/stages")
	String addStage(@PathVariable UUID id, @PathVariable UUID plan, @RequestParam long version,
			@RequestParam(defaultValue = "") String title, Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		var patient = new PatientId(id);
		if (attempt(model, "stageErrors", "plans.stage.added", () -> plans.addStage(owned(patient, plan), version, title)) == null) {
			model.addAttribute("stageTitle", title);
		}
		return redraw(patient, plan, signedIn, model);
	}

	@PostMapping("/plans/{plan}/stages/{stage}/remove")
	String removeStage(@PathVariable UUID id, @PathVariable UUID plan, @PathVariable UUID stage, @RequestParam long version,
			Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		return act(id, plan, signedIn, model, "plans.stage.removed", owned -> plans.removeStage(owned, version, stage));
	}

	/** The form adding a service to a stage: the catalogue search, or the service picked with its fields. */
	@GetMapping("/plans/{plan}/stages/{stage}/items/new")
	String itemForm(@PathVariable UUID id, @PathVariable UUID plan, @PathVariable UUID stage,
			@RequestParam(required = false) String service, Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		var found = plans.planOf(new PatientId(id), new TreatmentPlanId(plan));
		var form = new PlanItemForm();
		form.setService(service);
		form.setVersion(found.version());
		describeItemForm(id, found, stage, form, Map.of(), model);
		return "plans/tab :: item-form";
	}

	@PostMapping("/plans/{plan}/stages/{stage}/items")
	String addItem(@PathVariable UUID id, @PathVariable UUID plan, @PathVariable UUID stage,
			@ModelAttribute("itemForm") PlanItemForm form, Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		var patient = new PatientId(id);
		var errors = new LinkedHashMap<String, String>();
		var item = form.toItem(errors);
		if (errors.isEmpty()) {
			attempt(model, "itemErrors", "plans.item.added", () -> plans.addItem(owned(patient, plan), form.getVersion(), stage, item));
		}
		else {
			model.addAttribute("itemErrors", errors);
		}
		if (model.containsAttribute("itemErrors")) {
			model.addAttribute("itemStage", stage);
		}
		return redraw(patient, plan, signedIn, model);
	}

	@PostMapping("/plans/{plan}/items/{item}/remove")
	String removeItem(@PathVariable UUID id, @PathVariable UUID plan, @PathVariable UUID item, @RequestParam long version,
			Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		return act(id, plan, signedIn, model, "plans.item.removed", owned -> plans.removeItem(owned, version, item));
	}

	@PostMapping("/plans/{plan}/proposal")
	String propose(@PathVariable UUID id, @PathVariable UUID plan, @RequestParam long version, Authentication signedIn,
			Model model) {
		requirePlanner(signedIn);
		return act(id, plan, signedIn, model, "plans.proposed", owned -> plans.propose(owned, version));
	}

	@PostMapping("/plans/{plan}/acceptance")
	String accept(@PathVariable UUID id, @PathVariable UUID plan, @RequestParam long version, Authentication signedIn,
			Model model) {
		require(PlanAccess.recordsAnswers(SignedIn.roles(signedIn)));
		return act(id, plan, signedIn, model, "plans.accepted", owned -> plans.accept(owned, version));
	}

	@PostMapping("/plans/{plan}/declining")
	String decline(@PathVariable UUID id, @PathVariable UUID plan, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Authentication signedIn, Model model) {
		require(PlanAccess.recordsAnswers(SignedIn.roles(signedIn)));
		var patient = new PatientId(id);
		if (attempt(model, "declineErrors", "plans.declined", done(() -> plans.decline(owned(patient, plan), version, reason))) == null) {
			model.addAttribute("declineReason", reason);
		}
		return redraw(patient, plan, signedIn, model);
	}

	@PostMapping("/plans/{plan}/copy")
	String copy(@PathVariable UUID id, @PathVariable UUID plan, @RequestParam(defaultValue = "") String title,
			Authentication signedIn, Model model) {
		requirePlanner(signedIn);
		var patient = new PatientId(id);
		var copied = attempt(model, "copyErrors", "plans.copied",
				() -> plans.copyAsAlternative(owned(patient, plan), title).value());
		if (copied == null) {
			model.addAttribute("copyTitle", title);
		}
		return redraw(patient, copied == null ? plan : copied, signedIn, model);
	}

	@ExceptionHandler({ UnknownPatientException.class, UnknownPlanException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknown() {
		// the card's own 404 page says it: no such patient or plan
	}

	/**
	 * Runs a change; a broken rule goes into the model under {@code errorsName} (field to message code), a conflict or a
	 * refused step into {@code planError}; a success asks for the {@code toast}.
	 *
	 * @return what the change returned, or null when it was refused
	 */
	private static <T> T attempt(Model model, String errorsName, String toast, Supplier<T> change) {
		try {
			var result = change.get();
			model.addAttribute("toastCode", toast);
			return result;
		}
		catch (InvalidPlanException invalid) {
			model.addAttribute(errorsName, ViolationsByField.of(invalid.violations()));
		}
		catch (PlanChangedMeanwhileException meanwhile) {
			model.addAttribute("planError", "plans.changed-meanwhile");
		}
		catch (PlanStatusException refused) {
			model.addAttribute("planError", "plans.status.refused");
			model.addAttribute("planErrorStatus", refused.from());
		}
		return null;
	}

	private static Supplier<Boolean> done(Runnable change) {
		return () -> {
			change.run();
			return Boolean.TRUE;
		};
	}

	/** A change with nothing typed to keep: the tab with the plan open, a refusal above it. */
	private String act(UUID id, UUID plan, Authentication signedIn, Model model, String toast, Consumer<TreatmentPlanId> change) {
		var patient = new PatientId(id);
		attempt(model, "planErrors", toast, done(() -> change.accept(owned(patient, plan))));
		return redraw(patient, plan, signedIn, model);
	}

	/** The tab after a change: the plans as they stand now (the view of them was audited when the tab opened). */
	private String redraw(PatientId patient, UUID open, Authentication signedIn, Model model) {
		return describe(patient, plans.plansOf(patient), open, signedIn, model);
	}

	private String describe(PatientId patient, List<TreatmentPlan> all, UUID open, Authentication signedIn, Model model) {
		var roles = SignedIn.roles(signedIn);
		var selected = all.stream().filter(plan -> plan.id().value().equals(open)).findFirst()
				.orElse(all.isEmpty() ? null : all.get(0));
		model.addAttribute("patientId", patient.value());
		model.addAttribute("plans", all);
		model.addAttribute("selected", selected);
		model.addAttribute("mayPlan", PlanAccess.plans(roles));
		model.addAttribute("mayAnswer", PlanAccess.recordsAnswers(roles));
		model.addAttribute("mayBook", PlanAccess.books(roles));
		model.addAttribute("zone", plans.clinicZone());
		if (PlanAccess.plans(roles)) {
			model.addAttribute("doctors", doctors.doctors());
			if (!model.containsAttribute("newDoctor")) {
				model.addAttribute("newDoctor", doctors.meAsDoctor(signedIn).map(StaffMemberId::value).orElse(null));
			}
		}
		if (selected != null && model.getAttribute("itemStage") instanceof UUID stage
				&& model.getAttribute("itemForm") instanceof PlanItemForm form) {
			@SuppressWarnings("unchecked")
			var errors = (Map<String, String>) model.getAttribute("itemErrors");
			form.setVersion(selected.version());
			describeItemForm(patient.value(), selected, stage, form, errors, model);
		}
		return TAB;
	}

	private void describeItemForm(UUID patient, TreatmentPlan plan, UUID stage, PlanItemForm form, Map<String, String> errors,
			Model model) {
		var service = form.serviceId() == null ? null : catalogue.find(form.serviceId()).orElse(null);
		model.addAttribute("patientId", patient);
		model.addAttribute("itemPlan", plan);
		model.addAttribute("itemStage", stage);
		model.addAttribute("itemForm", form);
		model.addAttribute("itemService", service);
		model.addAttribute("itemPrice", service == null ? null : service.priceOn(plan.date()).orElse(null));
		model.addAttribute("itemErrors", errors == null ? Map.of() : errors);
		model.addAttribute("surfaces", ToothSurface.values());
	}

	private TreatmentPlanId owned(PatientId patient, UUID plan) {
		return plans.planOf(patient, new TreatmentPlanId(plan)).id();
	}


	private static void requirePlanner(Authentication signedIn) {
		require(PlanAccess.plans(SignedIn.roles(signedIn)));
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
