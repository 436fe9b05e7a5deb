package com.clubstom.finance.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The month a payroll page shows, with its neighbours for the month picker: taken from {@code ?month=2026-11}, the
 * current month when the parameter is missing or unreadable. Months after the current one are not offered: nothing
 * is accrued there yet.
 */
record PayrollMonth(YearMonth month, YearMonth current) {

	static PayrollMonth of(String requested, YearMonth current) {
		if (requested == null || requested.isBlank()) {
			return new PayrollMonth(current, current);
		}
		try {
			return new PayrollMonth(YearMonth.parse(requested.strip()), current);
		}
		catch (DateTimeParseException unreadable) {
			return new PayrollMonth(current, current);
		}
	}

	public YearMonth previous() {
		return month.minusMonths(1);
	}

	public YearMonth next() {
		return month.plusMonths(1);
	}

	public boolean hasNext() {
		return month.isBefore(current);
	}

	public boolean isCurrent() {
		return month.equals(current);
	}

	/** {@code Ноябрь 2026}, {@code November 2026}: the month on its own, as a heading names it. */
	String label(Locale locale) {
		var text = month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}
}
