package com.clubstom.staff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The colour a person's appointments have in the calendar and their avatar has in the catalogue: {@code #RRGGBB},
 * stored in upper case. New people get the next colour of a {@link #PALETTE} chosen to stay readable with white text.
 */
public record CalendarColour(String hex) {

	/** Distinct, calm colours, each dark enough for white initials (WCAG AA for large text). */
	public static final List<CalendarColour> PALETTE = List.of(new CalendarColour("#0D7680"),
			new CalendarColour("#3B5BDB"), new CalendarColour("#9C36B5"), new CalendarColour("#C2255C"),
			new CalendarColour("#D9480F"), new CalendarColour("#2B8A3E"), new CalendarColour("#1971C2"),
			new CalendarColour("#862E9C"), new CalendarColour("#E67700"), new CalendarColour("#5C940D"),
			new CalendarColour("#0B7285"), new CalendarColour("#495057"));

	public CalendarColour {
		Objects.requireNonNull(hex, "hex");
		if (!hex.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("Not a colour in #RRGGBB form: " + hex);
		}
		hex = hex.toUpperCase(java.util.Locale.ROOT);
	}

	/** Reads a typed colour ({@code #0d7680}, {@code 0D7680}); empty when it is not one. */
	public static Optional<CalendarColour> tryParse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		var text = typed.strip();
		if (!text.startsWith("#")) {
			text = "#" + text;
		}
		return text.matches("#[0-9A-Fa-f]{6}") ? Optional.of(new CalendarColour(text)) : Optional.empty();
	}

	/** The palette's colour for the {@code n}-th person (wraps around). */
	public static CalendarColour fromPalette(long n) {
		return PALETTE.get((int) Math.floorMod(n, PALETTE.size()));
	}

	@Override
	public String toString() {
		return hex;
	}
}
