package com.clubstom.patients;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared when searching: case does not matter and {@code ё} is the same letter as {@code е} (most
 * people and keyboards never type {@code ё}).
 */
public final class SearchText {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private SearchText() {
	}

	/** {@code "Семёнова-Тян-Шанская"} becomes {@code "семенова-тян-шанская"}. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		return text.strip().toLowerCase(RUSSIAN).replace('ё', 'е');
	}

	/** The separate words of folded text; hyphens and punctuation separate words too. */
	public static String[] words(String text) {
		var folded = NOT_A_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll(" ").strip();
		return folded.isEmpty() ? new String[0] : folded.split(" ");
	}
}
