package com.clubstom.medicalrecord.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.clubstom.medicalrecord.InvalidPatientFileException;
import com.clubstom.medicalrecord.Violation;
import com.clubstom.patients.UnknownPatientException;

/**
 * The files API's refusals as {@code application/problem+json}: a file over its format's limit is 413, any other broken
 * rule 422; each names its field, its code and its translated text.
 */
@RestControllerAdvice(assignableTypes = PatientFilesApi.class)
class PatientFilesApiErrors {

	private static final String TYPES = "https://clubstom.app/problems/";

	private final MessageSource messages;

	PatientFilesApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(InvalidPatientFileException refused) {
		return refused.isTooLarge() ? problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "files.api.too-large", refused.violations())
				: problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-file", "files.api.invalid", refused.violations());
	}

	@ExceptionHandler
	ProblemDetail unreadable(PatientFilesApi.UnreadableFileFieldsException unreadable) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-file", "files.api.invalid", unreadable.violations());
	}

	@ExceptionHandler
	ProblemDetail unknownPatient(UnknownPatientException unknown) {
		return problem(HttpStatus.NOT_FOUND, "unknown-patient", "files.api.unknown-patient", List.of());
	}

	private ProblemDetail problem(HttpStatus status, String type, String code, List<Violation> violations) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(code, List.of()));
		problem.setType(URI.create(TYPES + type));
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations.stream().map(violation -> Map.of("field", violation.field(),
					"code", violation.code(), "message", text(violation.code(), violation.arguments()))).toList());
		}
		return problem;
	}

	private String text(String code, List<String> arguments) {
		return messages.getMessage(code, arguments.toArray(), code, LocaleContextHolder.getLocale());
	}
}
