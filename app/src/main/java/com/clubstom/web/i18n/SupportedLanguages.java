package com.clubstom.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is fully translated to. */
public final class SupportedLanguages {

	public static final List<Locale> ALL = List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("en"));

	private SupportedLanguages() {
	}

	public static Optional<Locale> of(String tag) {
		return ALL.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
	}
}
