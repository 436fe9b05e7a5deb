package com.clubstom.finance.web;

import java.util.UUID;

import org.springframework.validation.Errors;

import com.clubstom.kernel.Money;

/** What the finance dialogs read out of typed text: sums as people type them, and the ids their choices carry. */
final class TypedValues {

	private TypedValues() {
	}

	/** The sum in {@code field}; nothing when it is blank, and a refusal beside the field when it is not a sum. */
	static Money amount(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var sum = Money.parse(typed).orElse(null);
		if (sum == null) {
			errors.rejectValue(field, "finance.amount.invalid");
		}
		return sum;
	}

	/** The id a choice carries; nothing when blank or not an id (the rule that needs it says so). */
	static UUID id(String typed) {
		try {
			return typed == null || typed.isBlank() ? null : UUID.fromString(typed);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
