package com.clubstom.staff;

import java.security.SecureRandom;

/**
 * A password the owner hands over once (a new account, a reset): shown a single time, good for one sign-in, after which
 * the person must choose their own. Made of characters that cannot be misread when dictated (no 0/O, 1/l/I).
 */
public record TemporaryPassword(StaffAccountId accountId, String value) {

	private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final String DIGITS = "23456789";
	private static final int LENGTH = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A fresh value that satisfies the {@link PasswordPolicy}: letters and digits, never the username. */
	static String generate() {
		var password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			var alphabet = i % 4 == 3 ? DIGITS : LETTERS;
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	@Override
	public String toString() {
		return "TemporaryPassword[" + accountId + ", ****]";
	}
}
