package com.clubstom.medicalrecord.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.Diagnosis;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothState;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.UnknownPatientException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A patient's dental chart for integrations (imaging, a patient portal): the teeth with anything recorded and the diagnoses. */
@RestController
@RequestMapping("/api/patients/{id}/chart")
@Tag(name = "Dental chart", description = "The odontogram in FDI notation and the ICD-10 diagnoses")
class DentalChartApi {

	private final Charting charting;

	DentalChartApi(Charting charting) {
		this.charting = charting;
	}

	@GetMapping
	@Operation(summary = "The chart as it stands, or as it stood at the end of a day; teeth not listed are sound")
	Chart get(@PathVariable UUID id, @Parameter(description = "A past day, e.g. 2026-03-01") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		var patient = new PatientId(id);
		var chart = charting.open(patient).chart();
		var moment = asOf == null ? charting.now() : charting.endOf(asOf);
		var state = chart.asOf(moment);
		return new Chart(id, moment, state.teeth().values().stream().map(ToothEntry::of).toList(),
				state.mouthDiagnoses().stream().map(DiagnosisEntry::of).toList());
	}

	@ExceptionHandler(UnknownPatientException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownPatient() {
		// the body is the shell's problem+json for 404
	}

	record Chart(UUID patientId, Instant asOf, List<ToothEntry> teeth, List<DiagnosisEntry> mouthDiagnoses) {
	}

	/** One tooth: how it is there (null for a natural tooth), conditions of the whole tooth, surfaces by letter. */
	record ToothEntry(int tooth, ToothCondition presence, List<ToothCondition> conditions, Map<String, ToothCondition> surfaces,
			List<DiagnosisEntry> diagnoses) {

		static ToothEntry of(ToothState state) {
			var surfaces = new java.util.LinkedHashMap<String, ToothCondition>();
			for (var surface : ToothSurface.values()) {
				state.on(surface).ifPresent(condition -> surfaces.put(surface.letterOn(state.tooth()), condition));
			}
			return new ToothEntry(state.tooth().number(), state.presence(), List.copyOf(state.conditions()), surfaces,
					state.diagnoses().stream().map(DiagnosisEntry::of).toList());
		}
	}

	record DiagnosisEntry(String code, LocalDate madeOn, String doctor, String note) {

		static DiagnosisEntry of(Diagnosis diagnosis) {
			return new DiagnosisEntry(diagnosis.code(), diagnosis.madeOn(), diagnosis.doctor().fullName(), diagnosis.note());
		}
	}
}
