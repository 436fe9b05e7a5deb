package com.clubstom.medicalrecord.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.Anamnesis;
import com.clubstom.medicalrecord.CriticalItem;
import com.clubstom.medicalrecord.InfectiousDisease;
import com.clubstom.medicalrecord.QuestionnaireVersion;
import com.clubstom.medicalrecord.Questionnaires;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A patient's current medical questionnaire for integrations (clinical readers only, by the access rules); the read is
 * recorded in the audit trail like a look at the card's tab.
 */
@RestController
@RequestMapping("/api/patients/{id}/questionnaire")
@Tag(name = "Medical questionnaire", description = "The patient's anamnesis: allergies, medications, infections, pregnancy, blood pressure")
class QuestionnaireApi {

	private final Questionnaires questionnaires;
	private final PatientRegistry registry;

	QuestionnaireApi(Questionnaires questionnaires, PatientRegistry registry) {
		this.questionnaires = questionnaires;
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "The current version of the patient's questionnaire with what is critical (the read is recorded in the audit trail)")
	@ApiResponse(responseCode = "200", description = "The current version")
	@ApiResponse(responseCode = "404", description = "No such patient, or no questionnaire recorded yet")
	CurrentQuestionnaire current(@PathVariable UUID id) {
		var patient = registry.open(new PatientId(id), Questionnaires.SECTION)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return questionnaires.current(patient.id()).map(version -> CurrentQuestionnaire.of(id, version))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * @param version the number of the current version: 1 for the first
	 * @param recordedBy the username of whoever recorded it
	 * @param highBloodPressure the usual pressure is 180/110 or higher
	 */
	record CurrentQuestionnaire(UUID patientId, int version, LocalDate signedOn, Instant recordedAt, String recordedBy,
			String recordedByName, QuestionnaireAnswers answers, List<CriticalAnswer> criticalItems, boolean highBloodPressure) {

		static CurrentQuestionnaire of(UUID patientId, QuestionnaireVersion version) {
			var answers = version.answers();
			return new CurrentQuestionnaire(patientId, version.number(), version.signedOn(), version.recordedAt(), version.recordedBy(),
					version.recordedByName(), QuestionnaireAnswers.of(answers),
					answers.criticalItems().stream().map(CriticalAnswer::of).toList(), answers.hasHighBloodPressure());
		}
	}

	/** The answers, blood pressure in mm Hg. */
	record QuestionnaireAnswers(List<AllergyAnswer> allergies, String chronicDiseases, String medications,
			boolean takesAnticoagulants, Set<InfectiousDisease> infectiousDiseases, String otherInfectiousDiseases, boolean pregnant,
			Integer pregnancyWeeks, Integer systolic, Integer diastolic, boolean hypertension, boolean anaesthesiaProblems,
			String anaesthesiaProblemsDescription, String complaints) {

		static QuestionnaireAnswers of(Anamnesis answers) {
			return new QuestionnaireAnswers(answers.allergies().stream().map(allergy -> new AllergyAnswer(allergy.substance(),
					allergy.reaction())).toList(), answers.chronicDiseases(), answers.medications(),
					answers.takesAnticoagulants(), answers.infectiousDiseases(), answers.otherInfectiousDiseases(),
					answers.pregnant(), answers.pregnancyWeeks(), answers.systolic(), answers.diastolic(),
					answers.hypertension(), answers.anaesthesiaProblems(), answers.anaesthesiaProblemsDescription(),
					answers.complaints());
		}
	}

	record AllergyAnswer(String substance, String reaction) {
	}

	/**
	 * @param kind ALLERGY, ANTICOAGULANTS, PREGNANCY or INFECTIOUS_DISEASE
	 * @param subject the allergen, or the infectious disease's code (HIV, HEPATITIS_B, ...)
	 * @param detail the reaction, the weeks of pregnancy, or an infection written in
	 */
	record CriticalAnswer(CriticalItem.Kind kind, String subject, String detail) {

		static CriticalAnswer of(CriticalItem item) {
			return new CriticalAnswer(item.kind(), item.subject(), item.detail());
		}
	}
}
