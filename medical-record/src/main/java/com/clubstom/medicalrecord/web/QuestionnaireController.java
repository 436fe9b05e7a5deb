package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.medicalrecord.Anamnesis;
import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.medicalrecord.InfectiousDisease;
import com.clubstom.medicalrecord.InvalidQuestionnaireException;
import com.clubstom.medicalrecord.MedicalQuestionnaire;
import com.clubstom.medicalrecord.QuestionnaireChangedMeanwhileException;
import com.clubstom.medicalrecord.QuestionnaireVersion;
import com.clubstom.medicalrecord.Questionnaires;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The Questionnaire tab of the patient card: the current answers with what is critical on top, the history of versions
 * (each opened with what it changed), and for doctors and assistants the dialog recording a new version (errors beside
 * the fields with the input kept; a version someone else recorded meanwhile is shown with what this person typed). Every
 * look at the answers is recorded in the audit trail as a view of section {@value Questionnaires#SECTION}. The access
 * rules let clinical readers GET these paths and clinicians post; the roles are checked here too.
 */
@Controller
@RequestMapping("/patients/{id}")
class QuestionnaireController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Questionnaires questionnaires;
	private final PatientRegistry registry;
	private final AnswersInWords words;

	QuestionnaireController(Questionnaires questionnaires, PatientRegistry registry, AnswersInWords words) {
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.words = words;
	}

	@ModelAttribute("clinicZone")
	ZoneId clinicZone() {
		return questionnaires.clinicZone();
	}

	@GetMapping("/tabs/questionnaire")
	String tab(@PathVariable UUID id, Authentication signedIn, Model model) {
		requireReads(signedIn);
		var patient = open(id);
		var questionnaire = questionnaires.of(patient.id()).orElse(null);
		var current = questionnaire == null ? null : questionnaire.current().orElse(null);
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("canRecord", ClinicalAccess.records(SignedIn.roles(signedIn)));
		model.addAttribute("current", current);
		if (current != null) {
			model.addAttribute("critical", current.answers().criticalItems());
			model.addAttribute("stale", current.isOlderThanAYear(questionnaires.today()));
			model.addAttribute("history", questionnaire.history().stream()
					.map(version -> new HistoryEntry(version, questionnaire.changesIn(version.number()))).toList());
		}
		return "questionnaire/tab :: tab";
	}

	/** One version as it was recorded, with what it changed from the one before. */
	@GetMapping("/questionnaire/versions/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Authentication signedIn, Locale locale, Model model) {
		requireReads(signedIn);
		var patient = open(id);
		var questionnaire = questionnaires.of(patient.id()).orElseThrow(QuestionnaireController::notFound);
		var version = questionnaire.versionNumbered(number).orElseThrow(QuestionnaireController::notFound);
		var before = questionnaire.versionNumbered(number - 1).orElse(null);
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("version", version);
		model.addAttribute("before", before);
		model.addAttribute("changes", questionnaire.changesIn(number).stream()
				.map(section -> new Change(section, words.of(before.answers(), section, locale),
						words.of(version.answers(), section, locale)))
				.toList());
		return "questionnaire/version :: version";
	}

	@GetMapping("/questionnaire/edit")
	String editForm(@PathVariable UUID id, Authentication signedIn, Model model) {
		requireRecords(signedIn);
		var patient = open(id);
		var today = questionnaires.today();
		var input = questionnaires.current(patient.id()).map(current -> QuestionnaireInput.of(current, today))
				.orElseGet(() -> QuestionnaireInput.blank(today));
		return dialog(patient, input, model);
	}

	/** Records the answers as a new version; someone else's version recorded in between is shown, never overwritten. */
	@PostMapping("/questionnaire/versions")
	Object record(@PathVariable UUID id, @ModelAttribute("questionnaire") QuestionnaireInput input, BindingResult errors,
			Authentication signedIn, HtmxRequest htmx, Locale locale, Model model, RedirectAttributes redirect) {
		requireRecords(signedIn);
		var patient = registry.find(new PatientId(id)).orElseThrow(QuestionnaireController::notFound);
		input.dropEmptyAllergyRows();
		var answers = input.toAnamnesis(errors);
		var signedOn = input.signedOn(errors);
		BrokenRules.report(answers.violations(), errors);
		BrokenRules.report(MedicalQuestionnaire.checkSignedOn(signedOn, questionnaires.today()), errors);
		if (!errors.hasErrors()) {
			try {
				var changed = questionnaires.record(patient.id(), answers, signedOn, input.getSeenVersion());
				redirect.addFlashAttribute("toastCode", changed.isEmpty() ? "questionnaire.unchanged" : "questionnaire.saved");
				var card = "/patients/" + id + "/questionnaire";
				return htmx.isHtmxRequest() ? new HtmxRedirectView(card) : "redirect:" + card;
			}
			catch (InvalidQuestionnaireException invalid) {
				BrokenRules.report(invalid.violations(), errors);
			}
			catch (QuestionnaireChangedMeanwhileException meanwhile) {
				return overtaken(patient, meanwhile.current(), input, answers, signedOn, locale, model);
			}
		}
		return dialog(patient, input, model);
	}

	/** The saved version in the form, and beside each field what this person typed where it differs. */
	private String overtaken(Patient patient, MedicalQuestionnaire current, QuestionnaireInput typedInput, Anamnesis typed,
			LocalDate signedOn, Locale locale, Model model) {
		var saved = current.current().orElse(null);
		if (saved == null) {
			// the form claimed to have seen a version that does not exist: nothing to compare with, start from none
			typedInput.setSeenVersion(0);
			return dialog(patient, typedInput, model);
		}
		var yourValues = new LinkedHashMap<String, Object>();
		for (var section : typed.differencesFrom(saved.answers())) {
			yourValues.put(section, words.of(typed, section, locale));
		}
		if (!saved.signedOn().equals(signedOn)) {
			yourValues.put(MedicalQuestionnaire.SIGNED_ON, signedOn.format(DAY));
		}
		model.addAttribute("yourValues", yourValues);
		model.addAttribute("changedMeanwhile", saved);
		var input = QuestionnaireInput.of(saved, questionnaires.today());
		input.showSigningDate(saved.signedOn());
		return dialog(patient, input, model);
	}

	private String dialog(Patient patient, QuestionnaireInput input, Model model) {
		input.addEmptyAllergyRow();
		model.addAttribute("questionnaire", input);
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("patientName", patient.fullName());
		model.addAttribute("diseases", InfectiousDisease.values());
		model.addAttribute("today", questionnaires.today());
		return "questionnaire/dialog :: dialog";
	}

	/** The patient, the look at their clinical data recorded in the audit trail; 404 for an unknown one. */
	private Patient open(UUID id) {
		return registry.open(new PatientId(id), Questionnaires.SECTION).orElseThrow(QuestionnaireController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static void requireReads(Authentication signedIn) {
		if (!ClinicalAccess.reads(SignedIn.roles(signedIn))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static void requireRecords(Authentication signedIn) {
		if (!ClinicalAccess.records(SignedIn.roles(signedIn))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}


	/** A version in the history list, with the sections it changed from the one before. */
	record HistoryEntry(QuestionnaireVersion version, List<String> changes) {
	}

	/** A section a version changed: its answers before and after, in words. */
	record Change(String section, String before, String after) {
	}
}
