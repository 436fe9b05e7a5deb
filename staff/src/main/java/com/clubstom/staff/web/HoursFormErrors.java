package com.clubstom.staff.web;

import java.util.List;

import org.springframework.validation.Errors;

import com.clubstom.staff.RuleViolation;

/** Puts the domain's verdict on a chair or hours form: each broken rule beside its field, as the translated code. */
final class HoursFormErrors {

	private HoursFormErrors() {
	}

	static void report(List<RuleViolation> violations, Errors errors) {
		for (var violation : violations) {
			if (errors.getFieldErrorCount(violation.field()) == 0) {
				errors.rejectValue(violation.field(), violation.code());
			}
		}
	}
}
