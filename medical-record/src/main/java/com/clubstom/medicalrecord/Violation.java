package com.clubstom.medicalrecord;

import java.util.List;

/**
 * A broken rule of the medical record, named as the form field it concerns and the message code that explains it
 * ({@code i18n/services.properties}, {@code i18n/questionnaire.properties}), with the values the message names, if any
 * ({@code {0}}, {@code {1}}: a file's name, a size limit).
 */
public record Violation(String field, String code, List<String> arguments) {

	public Violation {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public Violation(String field, String code) {
		this(field, code, List.of());
	}
}
