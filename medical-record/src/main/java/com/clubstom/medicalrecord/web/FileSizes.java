package com.clubstom.medicalrecord.web;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: "820 КБ", "12,4 МБ" (the unit's name comes from the messages). */
final class FileSizes {

	private FileSizes() {
	}

	/** The number to show, in kilobytes under a megabyte and in megabytes (one decimal) above. */
	static String number(long bytes, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		if (bytes < 1024 * 1024) {
			format.setMaximumFractionDigits(0);
			return format.format(Math.max(1, Math.round(bytes / 1024.0)));
		}
		format.setMaximumFractionDigits(1);
		return format.format(bytes / (1024.0 * 1024.0));
	}

	/** The message code of the unit {@link #number} is in. */
	static String unitCode(long bytes) {
		return bytes < 1024 * 1024 ? "files.size.kb" : "files.size.mb";
	}
}
