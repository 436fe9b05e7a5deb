package com.clubstom.patients;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes names the way Russian documents do. */
public final class FullName {

	private FullName() {
	}

	/** "Петрова Анна Сергеевна"; the patronymic is optional. */
	public static String of(String lastName, String firstName, String middleName) {
		return Stream.of(lastName, firstName, middleName).filter(Objects::nonNull).filter(part -> !part.isBlank())
				.collect(Collectors.joining(" "));
	}

	/** "Петрова А. С.", for lists and headers where space is short. */
	public static String abbreviated(String lastName, String firstName, String middleName) {
		var initials = Stream.of(firstName, middleName).filter(Objects::nonNull).filter(part -> !part.isBlank())
				.map(part -> part.substring(0, 1) + ".").collect(Collectors.joining(" "));
		return initials.isEmpty() ? lastName : lastName + " " + initials;
	}
}
