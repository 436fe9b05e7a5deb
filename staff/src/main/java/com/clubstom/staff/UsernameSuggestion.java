package com.clubstom.staff;

import java.util.Locale;
import java.util.Map;

/**
 * Suggests a login from a Russian name the way clinics usually write them: the surname in Latin letters and the first
 * initial ("Лебедева Анна Игоревна" → {@code lebedeva.a}). The owner may type another.
 */
public final class UsernameSuggestion {

	private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
			Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
			Map.entry('я', "ya"));

	private UsernameSuggestion() {
	}

	/** A valid {@link Username} made from "Surname First-name …", or {@code staff} when nothing usable is left. */
	public static String of(String fullName) {
		var parts = fullName == null ? new String[0] : fullName.strip().toLowerCase(Locale.ROOT).split("\\s+");
		var surname = latin(parts.length > 0 ? parts[0] : "");
		var initial = parts.length > 1 ? latin(parts[1]) : "";
		var suggestion = initial.isEmpty() ? surname : surname + "." + initial.charAt(0);
		suggestion = suggestion.replaceAll("[^a-z0-9._-]", "");
		return suggestion.length() < 3 ? "staff" + suggestion : suggestion.substring(0, Math.min(32, suggestion.length()));
	}

	private static String latin(String word) {
		var latin = new StringBuilder();
		for (var c : word.toCharArray()) {
			latin.append(LATIN.getOrDefault(c, Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : ""));
		}
		return latin.toString();
	}
}
