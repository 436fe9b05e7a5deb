package com.clubstom.staff.web;

import java.util.List;

import org.springframework.validation.Errors;

import com.clubstom.staff.RuleViolation;

/** Puts the domain's verdict on any staff form (member, chair, hours): each broken rule beside its field, as its message code. */
final class FormErrors {

	private FormErrors() {
	}

	static void report(List<RuleViolation> violations, Errors errors) {
		for (var violation : violations) {
			if (errors.getFieldErrorCount(violation.field()) == 0) {
				errors.rejectValue(violation.field(), violation.code());
			}
		}
	}
}
