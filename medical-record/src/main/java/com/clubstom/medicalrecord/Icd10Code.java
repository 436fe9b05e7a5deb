package com.clubstom.medicalrecord;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code of the ICD-10 (МКБ-10) dental chapter K00–K14: a three-character category such as {@code K02} or a
 * four-character subcategory such as {@code K02.1}.
 */
public record Icd10Code(String value) implements Comparable<Icd10Code> {

	private static final Pattern FORMAT = Pattern.compile("K\\d{2}(\\.\\d)?");

	public Icd10Code {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an ICD-10 code like K02 or K02.1: " + value);
		}
		if (Integer.parseInt(value.substring(1, 3)) > 14) {
			throw new IllegalArgumentException("Not within the dental chapter K00–K14: " + value);
		}
	}

	/** The code written loosely ({@code " k02,1 "}), or none when it is no code of K00–K14. */
	public static Optional<Icd10Code> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var value = text.strip().toUpperCase(Locale.ROOT).replace(',', '.');
		if (!FORMAT.matcher(value).matches() || Integer.parseInt(value.substring(1, 3)) > 14) {
			return Optional.empty();
		}
		return Optional.of(new Icd10Code(value));
	}

	/** Whether this is a three-character category ({@code K02}) rather than a subcategory ({@code K02.1}). */
	public boolean isCategory() {
		return value.length() == 3;
	}

	/** The three-character category: itself for a category, {@code K02} for {@code K02.1}. */
	public Icd10Code category() {
		return isCategory() ? this : new Icd10Code(value.substring(0, 3));
	}

	@Override
	public int compareTo(Icd10Code other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
