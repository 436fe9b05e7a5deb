package com.clubstom.scheduling.web;

import java.net.URI;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.clubstom.scheduling.AppointmentChangedMeanwhileException;
import com.clubstom.scheduling.AppointmentStatusException;
import com.clubstom.scheduling.InvalidBookingException;

/** The appointments API's refusals as {@code application/problem+json}, each broken rule named with its field and text. */
@RestControllerAdvice(assignableTypes = AppointmentsApi.class)
class AppointmentsApiErrors {

	private static final String TYPES = "https://clubstom.app/problems/";

	private final MessageSource messages;

	AppointmentsApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(InvalidBookingException refused) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-booking", "booking.api.invalid");
		problem.setProperty("errors", refused.violations().stream().map(violation -> Map.of("field", violation.field(),
				"code", violation.code(), "message", text(violation.code()))).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notNow(AppointmentStatusException refused) {
		var problem = problem(HttpStatus.CONFLICT, "invalid-status-step", "booking.api.status");
		problem.setProperty("current", refused.current());
		problem.setProperty("wanted", refused.wanted());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail changedMeanwhile(AppointmentChangedMeanwhileException meanwhile) {
		return problem(HttpStatus.CONFLICT, "changed-meanwhile", "appointment.changed-meanwhile");
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "booking.api.unreadable");
	}

	private ProblemDetail problem(HttpStatus status, String type, String code) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(code));
		problem.setType(URI.create(TYPES + type));
		return problem;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}
}
