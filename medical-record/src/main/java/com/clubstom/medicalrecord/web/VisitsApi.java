package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.VisitId;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Clinical visits for integrations (a patient portal, an insurer's report): read-only, for clinical readers (the access
 * rules); every read is in the patient's audit trail. Visits are recorded on their pages.
 */
@RestController
@Tag(name = "Clinical visits", description = "What was done at a patient's visits: procedures with amounts, diagnoses, notes")
class VisitsApi {

	private final ClinicalVisits visits;

	VisitsApi(ClinicalVisits visits) {
		this.visits = visits;
	}

	@GetMapping("/api/patients/{id}/visits")
	@Operation(summary = "The patient's visits, the latest first")
	List<VisitEntry> ofPatient(@PathVariable UUID id) {
		return visits.openVisitsOf(new PatientId(id)).stream().map(VisitEntry::of).toList();
	}

	@GetMapping("/api/visits/{id}")
	@Operation(summary = "One visit")
	VisitEntry visit(@PathVariable UUID id) {
		return visits.open(new VisitId(id)).map(VisitEntry::of).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@ExceptionHandler(UnknownPatientException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPatient() {
		// answered as a 404 problem
	}
}
