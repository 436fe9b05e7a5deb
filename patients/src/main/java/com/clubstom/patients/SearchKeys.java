package com.clubstom.patients;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a patient is found by, stored with the patient and indexed. Every suffix of every name word and of every
 * phone's digits is a key, so "any part of a word" becomes "the start of a key", which an ordinary MongoDB index
 * answers without scanning the collection. Phone keys start with {@link #PHONE} so digits never match names.
 */
final class SearchKeys {

	static final String PHONE = "#";

	private SearchKeys() {
	}

	static List<String> of(String lastName, String firstName, String middleName, List<String> phones) {
		var keys = new LinkedHashSet<String>();
		for (var part : new String[] { lastName, firstName, middleName }) {
			for (var word : SearchText.words(part)) {
				addSuffixes(word, "", keys);
			}
		}
		for (var phone : phones) {
			addSuffixes(phone.replaceAll("\\D", ""), PHONE, keys);
		}
		return List.copyOf(keys);
	}

	/** The order of the registry: surname, first name, patronymic, ignoring case and ё. */
	static String sortName(String lastName, String firstName, String middleName) {
		return SearchText.fold(FullName.of(lastName, firstName, middleName));
	}

	/** Same surname, first name and date of birth: probably the same person registered twice. */
	static String sameness(String lastName, String firstName, java.time.LocalDate birthDate) {
		return SearchText.fold(lastName) + "|" + SearchText.fold(firstName) + "|" + birthDate;
	}

	private static void addSuffixes(String word, String prefix, Set<String> keys) {
		for (int start = 0; start < word.length(); start++) {
			keys.add(prefix + word.substring(start));
		}
	}
}
