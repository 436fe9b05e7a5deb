package com.clubstom.medicalrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What describes a service apart from its price: the clinic's own name for it, the code of the nomenclature of medical
 * services (Minzdrav order 804н, like {@code A16.07.002} or {@code A16.07.002.001}; optional), the section of the price
 * list, how long it takes (5 to 480 minutes in steps of 5) and whether it is done on a tooth (priced per tooth).
 */
public record ServiceDetails(String name, String code, ServiceCategory category, int durationMinutes, boolean perTooth) {

	/** Letter, two digits, dot, two digits (three in B codes such as B01.065.001), dot, three digits, optionally a dot and three digits more. */
	static final Pattern CODE = Pattern.compile("[A-Z]\\d{2}\\.\\d{2,3}\\.\\d{3}(\\.\\d{3})?");
	public static final int MAX_NAME = 200;
	public static final int SHORTEST = 5;
	public static final int LONGEST = 480;

	public ServiceDetails {
		name = name == null ? null : name.strip().replaceAll("\\s+", " ");
		code = code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT).replace('А', 'A');
	}

	/** Whether {@code code} is written as the nomenclature writes its codes. */
	public static boolean isCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** The rules this description breaks, named as the fields of the service form. */
	public List<Violation> violations() {
		var violations = new ArrayList<Violation>();
		if (name == null || name.isEmpty()) {
			violations.add(new Violation("name", "service.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			violations.add(new Violation("name", "service.name.too-long"));
		}
		if (code != null && !isCode(code)) {
			violations.add(new Violation("code", "service.code.invalid"));
		}
		if (category == null) {
			violations.add(new Violation("category", "service.category.required"));
		}
		if (durationMinutes < SHORTEST || durationMinutes > LONGEST || durationMinutes % 5 != 0) {
			violations.add(new Violation("duration", "service.duration.invalid"));
		}
		return violations;
	}
}
