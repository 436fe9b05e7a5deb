package com.clubstom.patients.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientRules;
import com.clubstom.patients.UnknownPatientException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The patient registry for integrations: the same rules, duplicate warnings, conflict protection and audit as the
 * pages. Errors are {@code application/problem+json} with the broken fields (see {@link PatientsApiErrors}).
 */
@RestController
@RequestMapping("/api/patients")
@Tag(name = "Patients", description = "The patient registry: search, read, register, change, archive and restore")
class PatientsApi {

	private final PatientRegistry registry;

	PatientsApi(PatientRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "Search patients by any part of the name, phone digits or a date of birth")
	PatientResource.Page search(@Parameter(description = "Name fragments, phone digits, dd.mm.yyyy") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "active (default), archived or all") @RequestParam(defaultValue = "active") String status,
			@RequestParam(required = false) String tag,
			@Parameter(description = "name (default), registered or changed") @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Authentication signedIn) {
		var filter = new RegistryFilter(q, status, tag, sort, page).toSearch();
		var search = new com.clubstom.patients.PatientSearch(filter.text(), filter.status(), filter.tag(), filter.order(),
				filter.page(), size);
		var matches = registry.search(search);
		var disclosure = Disclosure.of(signedIn);
		return new PatientResource.Page(
				matches.items().stream().map(summary -> PatientResource.Summary.of(summary, disclosure)).toList(),
				matches.total(), matches.totalIsLowerBound(), matches.page(), matches.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One patient (the read is recorded in the audit trail)")
	PatientResource get(@PathVariable UUID id, Authentication signedIn) {
		var patient = registry.open(new PatientId(id), "api").orElseThrow(() -> new UnknownPatientException(new PatientId(id)));
		return resource(patient, signedIn);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a patient",
			description = "Refused with 409 when another patient has the same phone, or the same name and date of birth, "
					+ "unless duplicateConfirmed is true.")
	ResponseEntity<PatientResource> register(@RequestBody PatientInput input, Authentication signedIn) {
		var details = readable(input);
		var consent = Boolean.TRUE.equals(input.getPersonalDataConsent())
				? (input.getPersonalDataConsentDate() == null ? registry.today() : input.getPersonalDataConsentDate())
				: null;
		var id = registry.register(details, consent, input.isDuplicateConfirmed());
		return ResponseEntity.created(URI.create("/api/patients/" + id)).body(resource(load(id), signedIn));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a patient's details",
			description = "Send the version you read; 409 when someone else changed the patient since.")
	PatientResource change(@PathVariable UUID id, @RequestBody PatientInput input, Authentication signedIn) {
		var patientId = new PatientId(id);
		load(patientId);
		registry.changeDetails(patientId, versionOf(input), readable(input), input.isDuplicateConfirmed());
		return resource(load(patientId), signedIn);
	}

	@PatchMapping("/{id}/contacts")
	@Operation(summary = "Correct a patient's contacts (phone, additionalPhones, email, address, preferredContact)")
	PatientResource changeContacts(@PathVariable UUID id, @RequestBody PatientInput input, Authentication signedIn) {
		var patientId = new PatientId(id);
		load(patientId);
		var errors = new BeanPropertyBindingResult(input, "patient");
		var contacts = input.toContacts(errors);
		PatientFormErrors.report(PatientRules.check(contacts), errors);
		PatientsApiErrors.refuseIfAny(errors);
		registry.changeContacts(patientId, versionOf(input), contacts);
		return resource(load(patientId), signedIn);
	}

	@PostMapping("/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Archive a patient (hidden from default lists, never deleted)")
	void archive(@PathVariable UUID id) {
		registry.archive(load(new PatientId(id)).id());
	}

	@PostMapping("/{id}/restore")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Restore an archived patient")
	void restore(@PathVariable UUID id) {
		registry.restore(load(new PatientId(id)).id());
	}

	/** The details typed, or a 422 problem naming every broken field. */
	private com.clubstom.patients.PatientDetails readable(PatientInput input) {
		var errors = new BeanPropertyBindingResult(input, "patient");
		var details = input.toDetails(errors);
		PatientFormErrors.report(PatientRules.check(details, registry.today()), errors);
		PatientsApiErrors.refuseIfAny(errors);
		return details;
	}

	private PatientResource resource(Patient patient, Authentication signedIn) {
		return PatientResource.of(patient, Disclosure.of(signedIn), registry.today());
	}

	private Patient load(PatientId id) {
		return registry.find(id).orElseThrow(() -> new UnknownPatientException(id));
	}

	/** Changes must say which version they are based on, or they could overwrite someone's save unseen. */
	private static long versionOf(PatientInput input) {
		if (input.getVersion() == null) {
			var errors = new BeanPropertyBindingResult(input, "patient");
			errors.rejectValue("version", "patient.version.required");
			PatientsApiErrors.refuseIfAny(errors);
		}
		return input.getVersion();
	}
}
