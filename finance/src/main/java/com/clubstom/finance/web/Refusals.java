package com.clubstom.finance.web;

import java.util.List;

import org.springframework.validation.Errors;

import com.clubstom.finance.Violation;

/** Puts the broken rules beside their form fields: the first reason per field, the way the dialogs show them. */
final class Refusals {

	private Refusals() {
	}

	static void report(List<Violation> violations, Errors errors) {
		for (var violation : violations) {
			if (!errors.hasFieldErrors(violation.field())) {
				errors.rejectValue(violation.field(), violation.code());
			}
		}
	}
}
