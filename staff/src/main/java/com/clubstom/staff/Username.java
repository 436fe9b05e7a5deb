package com.clubstom.staff;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A login name: 3 to 32 Latin letters, digits, dots, dashes or underscores, compared without regard to case
 * (stored lower-case, so {@code Admin} and {@code admin} are the same account).
 */
@ValueObject
public record Username(String value) {

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,32}");

	public Username {
		if (value == null || !ALLOWED.matcher(value).matches()) {
			throw new InvalidUsernameException(value);
		}
	}

	/** Normalises what a person typed (trims, lower-cases) and validates it. */
	public static Username of(String typed) {
		return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}

	/** Thrown for a login name that breaks the rules above. */
	public static class InvalidUsernameException extends IllegalArgumentException {

		InvalidUsernameException(String value) {
			super("Not a valid username: " + value);
		}
	}
}
