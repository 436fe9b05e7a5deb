package com.clubstom.patients;

/** Tidies free text typed into forms: trims and collapses runs of spaces; blank becomes null. */
final class Text {

	private Text() {
	}

	static String clean(String typed) {
		if (typed == null) {
			return null;
		}
		var cleaned = typed.strip().replaceAll("[ \\t]+", " ");
		return cleaned.isEmpty() ? null : cleaned;
	}
}
