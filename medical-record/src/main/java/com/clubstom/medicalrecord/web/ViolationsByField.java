package com.clubstom.medicalrecord.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clubstom.medicalrecord.Violation;

/** The broken rules of a form as the page shows them: the first message code per field. */
final class ViolationsByField {

	private ViolationsByField() {
	}

	static Map<String, String> of(List<Violation> violations) {
		var byField = new LinkedHashMap<String, String>();
		violations.forEach(violation -> byField.putIfAbsent(violation.field(), violation.code()));
		return byField;
	}
}
