package com.clubstom.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free search text read the way the front desk types it: name fragments, phone digits in any format, a date of birth.
 *
 * @param keyPrefixes alternatives per term: a patient matches a term when one of its search keys starts with one of the
 *        term's alternatives, and matches the search when it matches every term
 * @param birthDate a date of birth typed as {@code 12.03.1985} or {@code 1985-03-12}
 */
record SearchTerms(List<List<String>> keyPrefixes, Optional<LocalDate> birthDate) {

	private static final Pattern PHONE_LIKE = Pattern.compile("[+(]?[\\d\\s()\\-.]*\\d[\\d\\s()\\-.]*");
	private static final Pattern RUSSIAN_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d.M.uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

	static SearchTerms parse(String text) {
		var terms = new ArrayList<List<String>>();
		LocalDate birthDate = null;
		var remaining = new StringBuilder();
		for (var word : text.strip().split("\\s+")) {
			var date = dateIn(word);
			if (date.isPresent()) {
				birthDate = date.get();
			}
			else {
				remaining.append(word).append(' ');
			}
		}
		var rest = remaining.toString().strip();
		if (!rest.isEmpty() && PHONE_LIKE.matcher(rest).matches()) {
			terms.add(phoneDigits(rest.replaceAll("\\D", "")));
		}
		else {
			for (var word : SearchText.words(rest)) {
				terms.add(word.chars().allMatch(Character::isDigit) ? phoneDigits(word) : List.of(word));
			}
		}
		// the longest term first: it narrows the candidates most
		terms.sort((a, b) -> Integer.compare(b.get(0).length(), a.get(0).length()));
		return new SearchTerms(List.copyOf(terms), Optional.ofNullable(birthDate));
	}

	boolean isEmpty() {
		return keyPrefixes.isEmpty() && birthDate.isEmpty();
	}

	/**
	 * Russians type their own numbers starting with the trunk prefix 8 where the stored form has the country code 7, so a
	 * run starting with 8 is looked for both ways.
	 */
	private static List<String> phoneDigits(String digits) {
		if (digits.length() > 1 && digits.startsWith("8")) {
			return List.of(SearchKeys.PHONE + digits, SearchKeys.PHONE + "7" + digits.substring(1));
		}
		return List.of(SearchKeys.PHONE + digits);
	}

	private static Optional<LocalDate> dateIn(String word) {
		try {
			if (RUSSIAN_DATE.matcher(word).matches()) {
				return Optional.of(LocalDate.parse(word, DAY_MONTH_YEAR));
			}
			if (ISO_DATE.matcher(word).matches()) {
				return Optional.of(LocalDate.parse(word));
			}
		}
		catch (DateTimeParseException notADate) {
			// 31.02.1990 and the like: searched as digits below
		}
		return Optional.empty();
	}
}
