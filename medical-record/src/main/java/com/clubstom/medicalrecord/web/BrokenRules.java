package com.clubstom.medicalrecord.web;

import java.util.List;

import org.springframework.validation.Errors;

import com.clubstom.medicalrecord.Violation;

/** Puts each broken rule of the record beside its form field (the first message per field), for the form to show. */
final class BrokenRules {

	private BrokenRules() {
	}

	static void report(List<Violation> violations, Errors errors) {
		for (var violation : violations) {
			if (!errors.hasFieldErrors(violation.field())) {
				errors.rejectValue(violation.field(), violation.code(), violation.arguments().toArray(), null);
			}
		}
	}
}
