package com.clubstom.medicalrecord.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.Icd10;
import com.clubstom.medicalrecord.NoteSection;
import com.clubstom.medicalrecord.NoteTemplateLibrary;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.Visit;
import com.clubstom.patients.PatientRegistry;

/**
 * Everything the visit page shows about one visit: the patient, the lines and their sums, the diagnoses in the reader's
 * language, the notes with the templates per section, and the forms the signed-in person may use. Forms that came back
 * refused keep what was typed: the controller puts them in the model first.
 */
@Component
class VisitPage {

	private final PatientRegistry registry;
	private final ServiceCatalogue catalogue;
	private final Icd10 icd10;
	private final NoteTemplateLibrary templates;
	private final Practitioners practitioners;
	private final ZoneId zone;
	private final ClinicalVisits visits;

	VisitPage(PatientRegistry registry, ServiceCatalogue catalogue, Icd10 icd10, NoteTemplateLibrary templates,
			Practitioners practitioners, ClinicalVisits visits) {
		this.zone = visits.clinicZone();
		this.visits = visits;
		this.registry = registry;
		this.catalogue = catalogue;
		this.icd10 = icd10;
		this.templates = templates;
		this.practitioners = practitioners;
	}

	void describe(Visit visit, Authentication signedIn, Locale locale, Model model) {
		var records = ClinicalAccess.records(SignedIn.roles(signedIn));
		model.addAttribute("visit", visit);
		model.addAttribute("times", new ClinicTimes(zone));
		model.addAttribute("patient", registry.find(visit.patientId()).orElse(null));
		model.addAttribute("mayRecord", records && visit.isOpen());
		model.addAttribute("mayAmend", records && !visit.isOpen());
		model.addAttribute("diagnoses", diagnoses(visit, locale));
		model.addAttribute("sections", NoteSection.values());
		keep(model, "notes", NotesForm.of(visit.notes()));
		keep(model, "procedure", new ProcedureForm());
		keep(model, "procedureErrors", Map.of());
		keep(model, "notesErrors", Map.of());
		keep(model, "diagnosisErrors", Map.of());
		if (records) {
			model.addAttribute("templates", templates.offered());
			model.addAttribute("services", offered());
			model.addAttribute("assistants", practitioners.assistants());
			model.addAttribute("surfaceLetters", surfaceLetters());
			model.addAttribute("classifier", icd10.all());
			model.addAttribute("planned", visit.isOpen() ? visits.plannedWorkFor(visit) : List.of());
		}
		if (records && !visit.isOpen()) {
			keep(model, "amendment", amendmentOf(visit));
			keep(model, "amendmentErrors", Map.of());
		}
	}

	private List<VisitDiagnosisLine> diagnoses(Visit visit, Locale locale) {
		var lines = new ArrayList<VisitDiagnosisLine>();
		for (int index = 0; index < visit.diagnoses().size(); index++) {
			var diagnosis = visit.diagnoses().get(index);
			lines.add(new VisitDiagnosisLine(index, diagnosis.tooth() == null ? null : diagnosis.tooth().number(),
					diagnosis.code(), icd10.find(diagnosis.code()).map(found -> found.title(locale)).orElse(diagnosis.code())));
		}
		return lines;
	}

	/** The active, priced services, in price-list order, for the procedure picker. */
	private List<ClinicalService> offered() {
		return catalogue.all().stream().filter(ClinicalService::isActive).filter(ClinicalService::isPriced).toList();
	}

	/** The surfaces a form offers: the letter sent and the label naming both letters of a pair (the tooth decides). */
	static List<Map.Entry<String, String>> surfaceLetters() {
		return List.of(Map.entry("M", "M"), Map.entry("O", "O/I"), Map.entry("D", "D"), Map.entry("B", "B/V"),
				Map.entry("L", "L/P"));
	}

	/** A form refused a moment ago is already in the model with what was typed; it stays. */
	private static void keep(Model model, String name, Object fresh) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, fresh);
		}
	}

	private static AmendmentForm amendmentOf(Visit visit) {
		var form = new AmendmentForm();
		form.setNotes(NotesForm.of(visit.notes()));
		return form;
	}
}
