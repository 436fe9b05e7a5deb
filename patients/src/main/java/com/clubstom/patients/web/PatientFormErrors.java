package com.clubstom.patients.web;

import java.util.List;

import org.springframework.validation.Errors;

import com.clubstom.patients.Violation;

/** Puts the domain's verdict on a form: each broken rule beside its field, as the translated message code. */
final class PatientFormErrors {

	private PatientFormErrors() {
	}

	static void report(List<Violation> violations, Errors errors) {
		for (var violation : violations) {
			if (errors.getFieldErrorCount(violation.field()) == 0) {
				errors.rejectValue(violation.field(), violation.code());
			}
		}
	}
}
