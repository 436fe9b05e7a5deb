package com.clubstom.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;

/**
 * The audit page's filter as it arrived in the query string ({@code ?patient=&staff=&action=&from=&to=&page=}). The raw
 * texts are kept to show them back in the form; the parsed values feed the {@link AuditQuery}. Nothing here fails on a
 * hand-edited URL: what does not parse is treated as not given, except a patient id, which the page reports (entries
 * "about a patient" that is no patient id match nothing, rather than silently everything). The helpers the template
 * calls are public: SpEL calls public methods only.
 */
record AuditFilter(String patient, String staff, String action, String from, String to, int page) {

	private static final UUID NOBODY = new UUID(0, 0);

	AuditFilter {
		patient = strip(patient);
		staff = strip(staff);
		action = strip(action);
		from = strip(from);
		to = strip(to);
		page = Math.max(0, page);
	}

	static AuditFilter of(String patient, String staff, String action, String from, String to, String page) {
		int pageNumber;
		try {
			pageNumber = page == null || page.isBlank() ? 0 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException notANumber) {
			pageNumber = 0;
		}
		return new AuditFilter(patient, staff, action, from, to, pageNumber);
	}

	static AuditFilter none() {
		return new AuditFilter("", "", "", "", "", 0);
	}

	public UUID patientId() {
		try {
			return patient.isEmpty() ? null : UUID.fromString(patient);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	public boolean patientInvalid() {
		return !patient.isEmpty() && patientId() == null;
	}

	AuditAction chosenAction() {
		for (var candidate : AuditAction.values()) {
			if (candidate.name().equals(action)) {
				return candidate;
			}
		}
		return null;
	}

	LocalDate fromDay() {
		return day(from);
	}

	LocalDate toDay() {
		return day(to);
	}

	/** The query this filter asks; a patient id that is none matches no entry (the nil UUID is nobody's id). */
	AuditQuery toQuery() {
		var patientId = patientInvalid() ? NOBODY : patientId();
		return new AuditQuery(patientId == null ? null : AuditSubject.PATIENT, patientId, staff, chosenAction(), fromDay(),
				toDay());
	}

	/** The audit page with this filter on page {@code pageNumber} (0 leaves the parameter out). */
	String pageUrl(int pageNumber) {
		return url("/audit", pageNumber);
	}

	/** The CSV export of everything this filter matches. */
	String exportUrl() {
		return url("/audit/export.csv", 0);
	}

	private String url(String path, int pageNumber) {
		var url = UriComponentsBuilder.fromPath(path);
		param(url, "patient", patient);
		param(url, "staff", staff);
		param(url, "action", action);
		param(url, "from", from);
		param(url, "to", to);
		if (pageNumber > 0) {
			url.queryParam("page", pageNumber);
		}
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (!value.isEmpty()) {
			url.queryParam(name, value);
		}
	}

	private static LocalDate day(String text) {
		try {
			return text.isEmpty() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
