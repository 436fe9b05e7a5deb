package com.clubstom.patients.web;

import java.net.URI;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.clubstom.patients.InvalidPatientDetailsException;
import com.clubstom.patients.LikelyDuplicateException;
import com.clubstom.patients.PatientChangedMeanwhileException;
import com.clubstom.patients.UnknownPatientException;

/**
 * The patient API's refusals as {@code application/problem+json} (RFC 9457): what went wrong in the caller's language,
 * with the broken fields, the likely duplicates, or the patient as saved now.
 */
@RestControllerAdvice(assignableTypes = PatientsApi.class)
class PatientsApiErrors {

	private static final String TYPES = "https://clubstom.app/problems/";

	private final MessageSource messages;

	PatientsApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Refuses the request with a 422 naming every field in {@code errors}. */
	static void refuseIfAny(Errors errors) {
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInput invalid) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-patient", "patient.api.invalid");
		problem.setProperty("errors", invalid.errors.getFieldErrors().stream()
				.map(error -> new FieldProblem(error.getField(), error.getCode(), text(error.getCode()))).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidDetails(InvalidPatientDetailsException invalid) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-patient", "patient.api.invalid");
		problem.setProperty("errors", invalid.violations().stream()
				.map(violation -> new FieldProblem(violation.field(), violation.code(), text(violation.code()))).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "patient.api.unreadable");
	}

	@ExceptionHandler
	ProblemDetail likelyDuplicate(LikelyDuplicateException duplicate) {
		var problem = problem(HttpStatus.CONFLICT, "likely-duplicate", "patient.duplicate.warning");
		problem.setProperty("candidates", duplicate.candidates().stream().map(candidate -> Map.of("id",
				candidate.id().toString(), "fullName", candidate.fullName(), "href", "/api/patients/" + candidate.id()))
				.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail changedMeanwhile(PatientChangedMeanwhileException meanwhile) {
		var current = meanwhile.current();
		var problem = problem(HttpStatus.CONFLICT, "changed-meanwhile", "patient.conflict.api");
		problem.setProperty("currentVersion", current.version());
		problem.setProperty("changedBy", current.lastChanged().username());
		problem.setProperty("changedAt", current.lastChanged().at());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownPatientException unknown) {
		return problem(HttpStatus.NOT_FOUND, "unknown-patient", "patient.api.unknown");
	}

	private ProblemDetail problem(HttpStatus status, String type, String messageCode) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(messageCode));
		problem.setType(URI.create(TYPES + type));
		return problem;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

	/** One broken field. */
	record FieldProblem(String field, String code, String message) {
	}

	/** Input refused before it reached the registry. */
	static class InvalidInput extends RuntimeException {

		private final transient Errors errors;

		InvalidInput(Errors errors) {
			super("Invalid input: " + errors.getFieldErrors().stream().map(e -> e.getField()).toList());
			this.errors = errors;
		}
	}
}
