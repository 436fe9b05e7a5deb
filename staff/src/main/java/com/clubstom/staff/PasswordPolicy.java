package com.clubstom.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The strength rules for a password a person chooses. Returns the broken rules as message codes (translated by the
 * web layer), so every problem is shown at once instead of one per attempt.
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 10;

	private PasswordPolicy() {
	}

	/** The rules {@code password} breaks, as message codes; empty when it is acceptable. */
	public static List<String> violations(String password, String username) {
		var broken = new ArrayList<String>();
		if (password == null || password.length() < MINIMUM_LENGTH) {
			broken.add("password.too-short");
		}
		if (password == null || password.chars().noneMatch(Character::isLetter)) {
			broken.add("password.needs-letter");
		}
		if (password == null || password.chars().noneMatch(Character::isDigit)) {
			broken.add("password.needs-digit");
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			broken.add("password.contains-username");
		}
		return List.copyOf(broken);
	}
}
