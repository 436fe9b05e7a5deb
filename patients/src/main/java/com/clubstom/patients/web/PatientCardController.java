package com.clubstom.patients.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.patients.InvalidPatientDetailsException;
import com.clubstom.patients.LikelyDuplicateException;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientAlerts;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientChangedMeanwhileException;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientRules;
import com.clubstom.patients.RegistryAlerts;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The patient card: a header (name, age, phones, tags, alerts) and the tabs contributed by every context, the open one
 * named in the address. Also the card's own actions: edit, correct contacts, record consent, archive and restore.
 */
@Controller
@RequestMapping("/patients/{id}")
class PatientCardController {

	private final PatientRegistry registry;
	private final List<PatientCardTab> tabs;
	private final RegistryAlerts registryAlerts;
	private final ObjectProvider<PatientAlerts> alerts;

	PatientCardController(PatientRegistry registry, List<PatientCardTab> tabs, RegistryAlerts registryAlerts,
			ObjectProvider<PatientAlerts> alerts) {
		this.registry = registry;
		this.registryAlerts = registryAlerts;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(PatientCardTab::order)).toList();
		this.alerts = alerts;
	}

	@GetMapping
	String card(@PathVariable UUID id, Authentication signedIn, Model model) {
		return card(id, ProfileTab.KEY, signedIn, model);
	}

	/** The card with {@code tab} open: a bookmark or a reload lands on the same tab. */
	@GetMapping("/{tab:[a-z][a-z-]*}")
	String card(@PathVariable UUID id, @PathVariable String tab, Authentication signedIn, Model model) {
		var roles = Disclosure.rolesOf(signedIn);
		var visible = tabs.stream().filter(candidate -> candidate.isVisibleTo(roles)).toList();
		var open = visible.stream().filter(candidate -> candidate.key().equals(tab)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var patient = open(id, "card");
		var patientId = patient.id();
		model.addAttribute("tabs", visible.stream().map(each -> new TabView(each.key(), each.titleCode(),
				each.contentPath(patientId), "/patients/" + patientId + "/" + each.key())).toList());
		model.addAttribute("openTab", open.key());
		model.addAttribute("alerts", java.util.stream.Stream.concat(registryAlerts.alertsOf(patient).stream(),
				alerts.orderedStream().flatMap(source -> source.alertsFor(patientId, roles).stream()))
				.sorted(Comparator.comparing(PatientAlerts.Alert::level)).toList());
		model.addAttribute("seesAuditTrail", roles.contains("OWNER"));
		describe(patient, signedIn, model);
		return "patients/card";
	}

	@GetMapping("/tabs/profile")
	String profile(@PathVariable UUID id, Authentication signedIn, Model model) {
		describe(open(id, ProfileTab.KEY), signedIn, model);
		return "patients/profile :: tab";
	}

	@GetMapping("/tabs/documents")
	String documents(@PathVariable UUID id, Authentication signedIn, Model model) {
		describe(open(id, DocumentsTab.KEY), signedIn, model);
		model.addAttribute("today", registry.today());
		return "patients/documents :: tab";
	}

	@GetMapping("/edit")
	String editForm(@PathVariable UUID id, Model model) {
		var patient = open(id, "profile");
		return editDialog(patient, PatientInput.of(patient, true), model);
	}

	/** Saves the front desk's edit; someone else's save in between is shown, never overwritten. */
	@PostMapping
	Object save(@PathVariable UUID id, @ModelAttribute("patient") PatientInput input, BindingResult errors,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		var patient = existing(id);
		var details = input.toDetails(errors);
		PatientFormErrors.report(PatientRules.check(details, registry.today()), errors);
		if (errors.hasErrors()) {
			return editDialog(patient, input, model);
		}
		try {
			registry.changeDetails(patient.id(), versionOf(input), details, input.isDuplicateConfirmed());
			redirect.addFlashAttribute("toastCode", "patient.saved");
			return CardRedirect.to("/patients/" + id, htmx);
		}
		catch (PatientChangedMeanwhileException meanwhile) {
			var current = meanwhile.current();
			model.addAttribute("yourValues", yourValues(details, current));
			model.addAttribute("changedMeanwhile", current.lastChanged());
			return editDialog(current, PatientInput.of(current, true), model);
		}
		catch (LikelyDuplicateException duplicate) {
			model.addAttribute("duplicates", duplicate.candidates());
			return editDialog(patient, input, model);
		}
		catch (InvalidPatientDetailsException invalid) {
			PatientFormErrors.report(invalid.violations(), errors);
			return editDialog(patient, input, model);
		}
	}

	@GetMapping("/contacts/edit")
	String contactsForm(@PathVariable UUID id, Model model) {
		var patient = open(id, "profile");
		return contactsDialog(patient, PatientInput.of(patient, false), model);
	}

	/** Clinical staff correct the contacts; the same conflict protection as a full edit. */
	@PostMapping("/contacts")
	Object saveContacts(@PathVariable UUID id, @ModelAttribute("patient") PatientInput input, BindingResult errors,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		var patient = existing(id);
		var contacts = input.toContacts(errors);
		PatientFormErrors.report(PatientRules.check(contacts), errors);
		if (errors.hasErrors()) {
			return contactsDialog(patient, input, model);
		}
		try {
			registry.changeContacts(patient.id(), versionOf(input), contacts);
			redirect.addFlashAttribute("toastCode", "patient.saved");
			return CardRedirect.to("/patients/" + id, htmx);
		}
		catch (PatientChangedMeanwhileException meanwhile) {
			var current = meanwhile.current();
			model.addAttribute("yourValues", yourValues(current.details().withContacts(contacts), current));
			model.addAttribute("changedMeanwhile", current.lastChanged());
			return contactsDialog(current, PatientInput.of(current, false), model);
		}
	}

	@PostMapping("/consent")
	Object recordConsent(@PathVariable UUID id, @RequestParam boolean given,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			HtmxRequest htmx, RedirectAttributes redirect) {
		var patient = existing(id);
		try {
			registry.recordConsent(patient.id(), given, given ? signedOn : registry.today());
			redirect.addFlashAttribute("toastCode", given ? "patient.consent.recorded" : "patient.consent.withdrawn");
		}
		catch (InvalidPatientDetailsException invalid) {
			redirect.addFlashAttribute("consentError", invalid.violations().get(0).code());
		}
		return CardRedirect.to("/patients/" + id + "/" + DocumentsTab.KEY, htmx);
	}

	@PostMapping("/archive")
	Object archive(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		registry.archive(existing(id).id());
		redirect.addFlashAttribute("toastCode", "patient.archived.toast");
		return CardRedirect.to("/patients/" + id, htmx);
	}

	@PostMapping("/restore")
	Object restore(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		registry.restore(existing(id).id());
		redirect.addFlashAttribute("toastCode", "patient.restored");
		return CardRedirect.to("/patients/" + id, htmx);
	}

	private void describe(Patient patient, Authentication signedIn, Model model) {
		var disclosure = Disclosure.of(signedIn);
		model.addAttribute("patient", patient);
		model.addAttribute("details", patient.details());
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("age", PatientRules.ageOn(patient.details().birthDate(), registry.today()));
	}

	private String editDialog(Patient patient, PatientInput input, Model model) {
		model.addAttribute("patient", input);
		model.addAttribute("stored", patient);
		model.addAttribute("mode", "edit");
		model.addAttribute("action", "/patients/" + patient.id());
		model.addAttribute("today", registry.today());
		return "patients/form :: dialog";
	}

	private String contactsDialog(Patient patient, PatientInput input, Model model) {
		model.addAttribute("patient", input);
		model.addAttribute("stored", patient);
		model.addAttribute("action", "/patients/" + patient.id() + "/contacts");
		return "patients/contacts-form :: dialog";
	}

	/** What the editor typed where it now differs from the saved patient, so they can apply it again. */
	private static Map<String, Object> yourValues(com.clubstom.patients.PatientDetails typed, Patient current) {
		var values = new LinkedHashMap<String, Object>();
		for (var field : current.details().differencesFrom(typed)) {
			var value = typed.valueOf(field);
			if (value instanceof java.util.Collection<?> many) {
				value = String.join(", ", many.stream().map(String::valueOf).toList());
			}
			else if (value instanceof LocalDate day) {
				value = day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
			}
			values.put(field, value);
		}
		return values;
	}

	private static long versionOf(PatientInput input) {
		return input.getVersion() == null ? -1 : input.getVersion();
	}

	private Patient open(UUID id, String section) {
		return registry.open(new PatientId(id), section).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Patient existing(UUID id) {
		return registry.find(new PatientId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A tab as the card's tab strip draws it. */
	record TabView(String key, String titleCode, String contentPath, String href) {
	}
}
