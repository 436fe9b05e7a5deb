package com.clubstom.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * A telephone number in international form ({@code +79161234567}), typed in any common format: {@code 8 (916) 123-45-67},
 * {@code +7 916 123 45 67}, {@code 916-123-45-67}, {@code +375 29 123-45-67}. Russian numbers are recognised by their ten
 * national digits after {@code +7}, {@code 7} or the trunk prefix {@code 8}; other countries must be typed with
 * {@code +}.
 */
public record PhoneNumber(String value) {

	private static final int RUSSIAN_NATIONAL_DIGITS = 10;
	private static final int SHORTEST_INTERNATIONAL = 8;
	private static final int LONGEST_INTERNATIONAL = 15;

	public PhoneNumber {
		Objects.requireNonNull(value, "value");
		if (!value.matches("\\+[1-9]\\d{" + (SHORTEST_INTERNATIONAL - 1) + "," + (LONGEST_INTERNATIONAL - 1) + "}")) {
			throw new InvalidPhoneNumberException(value);
		}
	}

	/** Reads a number as people type it; throws {@link InvalidPhoneNumberException} when it is not one. */
	public static PhoneNumber parse(String typed) {
		return tryParse(typed).orElseThrow(() -> new InvalidPhoneNumberException(typed));
	}

	public static Optional<PhoneNumber> tryParse(String typed) {
		if (typed == null || typed.isBlank() || !typed.strip().matches("\\+?[\\d\\s()\\-.]+")) {
			return Optional.empty();
		}
		var trimmed = typed.strip();
		var digits = trimmed.replaceAll("\\D", "");
		if (trimmed.startsWith("+")) {
			if (digits.startsWith("7") && digits.length() != RUSSIAN_NATIONAL_DIGITS + 1) {
				return Optional.empty();
			}
			return digits.length() >= SHORTEST_INTERNATIONAL && digits.length() <= LONGEST_INTERNATIONAL
					&& digits.charAt(0) != '0' ? Optional.of(new PhoneNumber("+" + digits)) : Optional.empty();
		}
		if (digits.length() == RUSSIAN_NATIONAL_DIGITS + 1 && (digits.startsWith("8") || digits.startsWith("7"))) {
			return Optional.of(new PhoneNumber("+7" + digits.substring(1)));
		}
		if (digits.length() == RUSSIAN_NATIONAL_DIGITS && digits.charAt(0) != '0' && digits.charAt(0) != '8') {
			return Optional.of(new PhoneNumber("+7" + digits));
		}
		return Optional.empty();
	}

	/** The digits without the plus, as a search matches them. */
	public String digits() {
		return value.substring(1);
	}

	/** {@code +7 916 123-45-67} for Russian numbers, the international form otherwise. */
	public String display() {
		if (value.startsWith("+7") && value.length() == 12) {
			return "+7 " + value.substring(2, 5) + " " + value.substring(5, 8) + "-" + value.substring(8, 10) + "-"
					+ value.substring(10);
		}
		return value;
	}

	/** A stored number shown for reading aloud; "—" when there is none, as stored when it is not a number. */
	public static String display(String stored) {
		return stored == null ? "—" : tryParse(stored).map(PhoneNumber::display).orElse(stored);
	}

	@Override
	public String toString() {
		return value;
	}

	/** Not a telephone number in any format we recognise. */
	public static class InvalidPhoneNumberException extends IllegalArgumentException {

		InvalidPhoneNumberException(String typed) {
			super("Not a telephone number: " + typed);
		}
	}
}
