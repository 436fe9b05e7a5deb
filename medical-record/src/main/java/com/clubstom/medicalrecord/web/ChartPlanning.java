package com.clubstom.medicalrecord.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.InvalidPlanException;
import com.clubstom.medicalrecord.NewPlanItem;
import com.clubstom.medicalrecord.PlanChangedMeanwhileException;
import com.clubstom.medicalrecord.PlanStatus;
import com.clubstom.medicalrecord.PlanStatusException;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.TreatmentPlanId;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.medicalrecord.UnknownPlanException;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/**
 * The dental chart's side of treatment plans: which teeth have work planned (the open plans' items not yet done), and
 * the planning mode, where the doctor ticks teeth, chooses a service and a draft (or a new plan) and gets one item per
 * tooth. Adding from the chart takes the plan as it is at that moment: additions overwrite nothing anyone else did.
 */
@Component
class ChartPlanning {

	private final TreatmentPlans plans;
	private final ServiceCatalogue catalogue;
	private final Practitioners doctors;
	private final MessageSource messages;

	ChartPlanning(TreatmentPlans plans, ServiceCatalogue catalogue, Practitioners doctors, MessageSource messages) {
		this.plans = plans;
		this.catalogue = catalogue;
		this.doctors = doctors;
		this.messages = messages;
	}

	/** The names of the services planned and not yet done on each tooth, by the patient's open plans. */
	Map<Integer, List<String>> plannedWork(PatientId patient) {
		var planned = new TreeMap<Integer, List<String>>();
		plans.plansOf(patient).stream().filter(plan -> plan.status().isOpen())
				.flatMap(plan -> plan.items().stream())
				.filter(item -> item.tooth() != null && !item.isDone())
				.forEach(item -> planned.computeIfAbsent(item.tooth(), tooth -> new ArrayList<>()).add(item.name()));
		return planned;
	}

	/** What the planning panel shows: the form as typed, its errors, the drafts to add to, the doctors, the service chosen. */
	void describe(PatientId patient, PlanFromChartForm form, Map<String, String> errors, Authentication signedIn, Model model) {
		if (form.getDoctor() == null) {
			doctors.meAsDoctor(signedIn).ifPresent(me -> form.setDoctor(me.toString()));
		}
		var service = serviceOf(form);
		model.addAttribute("planningForm", form);
		model.addAttribute("planningErrors", errors);
		model.addAttribute("planningService", service == null ? null : catalogue.find(service).orElse(null));
		model.addAttribute("planningToday", catalogue.today());
		model.addAttribute("planTargets", plans.plansOf(patient).stream().filter(plan -> plan.status() == PlanStatus.DRAFT)
				.flatMap(plan -> plan.stages().stream().map(stage -> new PlanTarget(plan.id() + "/" + stage.id(), plan.title(),
						stage.title())))
				.toList());
		model.addAttribute("planningDoctors", doctors.doctors());
		model.addAttribute("surfaces", ToothSurface.values());
	}

	/**
	 * Plans the chosen service on every tooth ticked, into the chosen draft's stage or a new plan.
	 *
	 * @return the broken rules by form field (message codes); empty when the items were added
	 */
	Map<String, String> plan(PatientId patient, PlanFromChartForm form, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (form.getTeeth().isEmpty()) {
			errors.put("teeth", "plans.chart.teeth.required");
		}
		var service = serviceOf(form);
		var found = service == null ? null : catalogue.find(service).orElse(null);
		if (found == null) {
			errors.put("service", "plan.item.service.required");
		}
		else if (!found.perTooth()) {
			errors.put("service", "plans.chart.service.per-tooth");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		var items = form.getTeeth().stream().distinct().sorted()
				.map(tooth -> new NewPlanItem(service, tooth, form.getSurfaces(), 1, null, form.getNote())).toList();
		try {
			if (PlanFromChartForm.NEW_PLAN.equals(form.getTarget())) {
				plans.draft(patient, messages.getMessage("plans.chart.plan.new-title", null, locale), doctorOf(form),
						messages.getMessage("plans.new.first-stage", null, locale), items);
			}
			else {
				var target = form.getTarget().split("/");
				var plan = plans.planOf(patient, new TreatmentPlanId(UUID.fromString(target[0])));
				plans.addItems(plan.id(), plan.version(), UUID.fromString(target[1]), items);
			}
		}
		catch (InvalidPlanException invalid) {
			errors.putAll(ViolationsByField.of(invalid.violations()));
		}
		catch (PlanChangedMeanwhileException | PlanStatusException | UnknownPlanException | IllegalArgumentException
				| ArrayIndexOutOfBoundsException notAPlanToAddTo) {
			errors.put("target", "plans.chart.target.unavailable");
		}
		return errors;
	}

	private static ClinicalServiceId serviceOf(PlanFromChartForm form) {
		try {
			return form.getService() == null || form.getService().isBlank() ? null
					: new ClinicalServiceId(UUID.fromString(form.getService()));
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static StaffMemberId doctorOf(PlanFromChartForm form) {
		try {
			return form.getDoctor() == null || form.getDoctor().isBlank() ? null : StaffMemberId.of(form.getDoctor());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/** A stage of a draft the chart may add to: the option's value ("plan id/stage id") and what it says. */
	public record PlanTarget(String value, String planTitle, String stageTitle) {
	}
}
