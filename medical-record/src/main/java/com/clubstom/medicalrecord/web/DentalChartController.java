package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
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

import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.DentalChart;
import com.clubstom.medicalrecord.Dentition;
import com.clubstom.medicalrecord.Icd10;
import com.clubstom.medicalrecord.InvalidChartEntryException;
import com.clubstom.medicalrecord.PlanAccess;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;

/**
 * The "Dental chart" tab: the chart drawn for the patient's dentition, the panel of the tooth clicked with its findings
 * form, the diagnoses and the history, and a timeline to look at the chart as it was on an earlier day. Teeth with
 * treatment planned are marked; in the planning mode the doctor ticks teeth and plans a service on them
 * ({@link ChartPlanning}). Every answer is the whole tab, so the chart redraws after each entry.
 */
@Controller
@RequestMapping("/patients/{id}")
class DentalChartController {

	private static final String TAB = "chart/tab :: tab";

	/** The {@code mode} of the tab in which teeth are ticked for planning. */
	static final String PLANNING = "plan";

	private final Charting charting;
	private final Icd10 icd10;
	private final ChartPlanning planning;

	DentalChartController(Charting charting, Icd10 icd10, ChartPlanning planning) {
		this.charting = charting;
		this.icd10 = icd10;
		this.planning = planning;
	}

	/**
	 * The chart as it stands, or at the timeline's {@code step}, or on {@code asOf}; {@code tooth} opens its panel;
	 * {@code mode=plan} ticks teeth for planning instead (the chart as it stands).
	 */
	@GetMapping("/tabs/chart")
	String tab(@PathVariable UUID id, @RequestParam(required = false) Integer step,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Dentition dentition, @RequestParam(required = false) Integer tooth,
			@RequestParam(required = false) String mode, Authentication signedIn, Locale locale, Model model) {
		var patient = new PatientId(id);
		var opened = charting.open(patient);
		var chart = opened.chart();
		var planningMode = PLANNING.equals(mode) && PlanAccess.plans(SignedIn.roles(signedIn));
		var timeline = ChartTimeline.of(charting.recordingDays(chart), charting.today(), planningMode ? null : step,
				planningMode ? null : asOf);
		if (planningMode) {
			model.addAttribute("planningForm", new PlanFromChartForm());
		}
		describe(patient, chart, timeline, dentition != null ? dentition : opened.usualDentition(),
				planningMode ? null : toothOrNull(tooth), signedIn, locale, model);
		return TAB;
	}

	/** Plans a service on the teeth ticked; refused, the planning mode comes back with the reasons and the input kept. */
	@PostMapping("/chart/planned-work")
	String plan(@PathVariable UUID id, @ModelAttribute("planningForm") PlanFromChartForm form,
			@RequestParam(required = false) Dentition dentition, Authentication signedIn, Locale locale, Model model) {
		if (!PlanAccess.plans(SignedIn.roles(signedIn))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var patient = new PatientId(id);
		var errors = planning.plan(patient, form, locale);
		if (errors.isEmpty()) {
			model.asMap().remove("planningForm");
			model.addAttribute("toastCode", "plans.chart.added");
		}
		else {
			model.addAttribute("planningErrors", errors);
		}
		return redraw(patient, dentition, null, signedIn, locale, model);
	}

	@PostMapping("/chart/teeth/{tooth}/findings")
	String recordFinding(@PathVariable UUID id, @PathVariable int tooth, @ModelAttribute("finding") FindingForm form,
			@RequestParam(required = false) Dentition dentition, Authentication signedIn, Locale locale, Model model) {
		var patient = new PatientId(id);
		var onTooth = toothOrNull(tooth);
		if (onTooth == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			charting.recordFinding(patient, onTooth, form.getCondition(), form.surfaceSet(), form.getNote());
			model.addAttribute("finding", new FindingForm());
			model.addAttribute("toastCode", "chart.finding.recorded");
		}
		catch (InvalidChartEntryException invalid) {
			model.addAttribute("findingErrors", ViolationsByField.of(invalid.violations()));
		}
		return redraw(patient, dentition, onTooth, signedIn, locale, model);
	}

	@PostMapping("/chart/diagnoses")
	String diagnose(@PathVariable UUID id, @ModelAttribute("diagnosis") DiagnosisForm form,
			@RequestParam(required = false) Dentition dentition, Authentication signedIn, Locale locale, Model model) {
		var patient = new PatientId(id);
		var onTooth = form.getTooth() == null ? null : toothOrNull(form.getTooth());
		try {
			charting.diagnose(patient, onTooth, form.getCode(), form.getMadeOn(), form.getNote());
			model.addAttribute("diagnosis", new DiagnosisForm());
			model.addAttribute("toastCode", "chart.diagnosis.made");
		}
		catch (InvalidChartEntryException invalid) {
			model.addAttribute(onTooth == null ? "mouthDiagnosisErrors" : "diagnosisErrors", ViolationsByField.of(invalid.violations()));
		}
		return redraw(patient, dentition, onTooth, signedIn, locale, model);
	}

	@ExceptionHandler(UnknownPatientException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPatient() {
		// the card's own 404 page says it: no such patient
	}

	private String redraw(PatientId patient, Dentition dentition, Tooth tooth, Authentication signedIn, Locale locale,
			Model model) {
		var chart = charting.chartOf(patient);
		var timeline = ChartTimeline.of(charting.recordingDays(chart), charting.today(), null, null);
		// the forms post the dentition on show; without it, the patient's age decides
		describe(patient, chart, timeline, dentition != null ? dentition : charting.usualDentitionOf(patient), tooth, signedIn,
				locale, model);
		return TAB;
	}

	private void describe(PatientId patient, DentalChart chart, ChartTimeline timeline, Dentition shownDentition, Tooth tooth,
			Authentication signedIn, Locale locale, Model model) {
		var moment = timeline.isNow() ? charting.now() : charting.endOf(timeline.day());
		var state = chart.asOf(moment);
		var drawing = new ChartDrawing(icd10, locale, charting.clinicZone());
		// plans are about what is to come: an earlier day's chart shows none
		var planned = timeline.isNow() ? planning.plannedWork(patient) : Map.<Integer, List<String>>of();
		var mayPlan = timeline.isNow() && PlanAccess.plans(SignedIn.roles(signedIn));
		model.addAttribute("patientId", patient.value());
		model.addAttribute("dentition", shownDentition);
		model.addAttribute("dentitions", Dentition.values());
		model.addAttribute("rows", drawing.rows(state, shownDentition, tooth, planned));
		model.addAttribute("mayPlan", mayPlan);
		model.addAttribute("planning", mayPlan && model.getAttribute("planningForm") instanceof PlanFromChartForm);
		if (mayPlan && model.getAttribute("planningForm") instanceof PlanFromChartForm form) {
			@SuppressWarnings("unchecked")
			var errors = (Map<String, String>) model.getAttribute("planningErrors");
			planning.describe(patient, form, errors == null ? Map.of() : errors, signedIn, model);
		}
		model.addAttribute("timeline", timeline);
		model.addAttribute("mayRecord", timeline.isNow() && ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("diagnoses", drawing.diagnoses(state));
		model.addAttribute("history", drawing.history(chart, state, null));
		model.addAttribute("classifier", drawing.classifier());
		model.addAttribute("today", charting.today());
		model.addAttribute("surfaceConditions", ToothCondition.ON_SURFACES);
		model.addAttribute("toothConditions", List.of(ToothCondition.PULPITIS, ToothCondition.PERIODONTITIS,
				ToothCondition.ROOT_CANAL_TREATED, ToothCondition.CROWN, ToothCondition.MOBILE));
		model.addAttribute("presenceConditions", List.of(ToothCondition.MISSING, ToothCondition.IMPLANT,
				ToothCondition.BRIDGE_PONTIC, ToothCondition.ROOT_REMNANT, ToothCondition.IMPACTED));
		if (!model.containsAttribute("finding")) {
			model.addAttribute("finding", new FindingForm());
		}
		if (!model.containsAttribute("diagnosis")) {
			model.addAttribute("diagnosis", new DiagnosisForm());
		}
		if (tooth != null) {
			var cell = drawing.cell(state.of(tooth), true, planned.getOrDefault(tooth.number(), List.of()));
			model.addAttribute("selected", cell);
			model.addAttribute("selectedSurfaces", ChartDrawing.pickerOrder(cell));
			model.addAttribute("selectedState", state.of(tooth));
			model.addAttribute("selectedHistory", drawing.history(chart, state, tooth));
		}
	}


	private static Tooth toothOrNull(Integer number) {
		return number != null && Tooth.isValid(number) ? Tooth.of(number) : null;
	}
}
