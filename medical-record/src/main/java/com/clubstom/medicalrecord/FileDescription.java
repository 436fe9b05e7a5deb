package com.clubstom.medicalrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the uploader says about a file: its kind (none: told by the content), a title and a description, the teeth it
 * shows (FDI numbers), the visit it belongs to and the day it was taken (none: today). Blank texts are no texts; teeth
 * are kept once each, in order.
 */
public record FileDescription(FileKind kind, String title, String description, List<Integer> teeth, LocalDate takenOn,
		UUID visitId) {

	public FileDescription {
		title = blankToNull(title);
		description = blankToNull(description);
		teeth = teeth == null ? List.of() : teeth.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	/** Nothing said: the kind from the content, taken today, no teeth. */
	public static FileDescription none() {
		return new FileDescription(null, null, null, List.of(), null, null);
	}

	/** The same description of other teeth. */
	public FileDescription ofTeeth(Collection<Integer> numbers) {
		return new FileDescription(kind, title, description, List.copyOf(numbers), takenOn, visitId);
	}

	/** The rules of the description: teeth that exist, texts of a sensible length, no day after {@code today}. */
	public List<Violation> check(LocalDate today) {
		var violations = new ArrayList<Violation>();
		teeth.stream().filter(number -> !Tooth.isValid(number)).findFirst()
				.ifPresent(number -> violations.add(new Violation("teeth", "files.teeth.unknown", List.of(String.valueOf(number)))));
		if (title != null && title.length() > FileLimits.TITLE_LENGTH) {
			violations.add(new Violation("title", "files.title.too-long", List.of(String.valueOf(FileLimits.TITLE_LENGTH))));
		}
		if (description != null && description.length() > FileLimits.DESCRIPTION_LENGTH) {
			violations.add(new Violation("description", "files.description.too-long",
					List.of(String.valueOf(FileLimits.DESCRIPTION_LENGTH))));
		}
		if (takenOn != null && takenOn.isAfter(today)) {
			violations.add(new Violation("takenOn", "files.taken-on.future"));
		}
		return violations;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
