package com.clubstom.medicalrecord;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The clinical notes of a visit in the sections of a Russian dental record: complaints (жалобы), history of the present
 * illness (анамнез), objective findings (объективно), treatment done (лечение) and recommendations.
 */
@ValueObject
public record VisitNotes(String complaints, String anamnesis, String objective, String treatment, String recommendations) {

	/** A section longer than this is a paste gone wrong, not a note. */
	public static final int SECTION_MAX_LENGTH = 4000;

	public static final VisitNotes BLANK = new VisitNotes(null, null, null, null, null);

	public VisitNotes {
		complaints = tidy(complaints);
		anamnesis = tidy(anamnesis);
		objective = tidy(objective);
		treatment = tidy(treatment);
		recommendations = tidy(recommendations);
	}

	/** The sections that are too long, named as the fields of the notes form. */
	List<Violation> violations() {
		var violations = new ArrayList<Violation>();
		check("complaints", complaints, violations);
		check("anamnesis", anamnesis, violations);
		check("objective", objective, violations);
		check("treatment", treatment, violations);
		check("recommendations", recommendations, violations);
		return violations;
	}

	public boolean isBlank() {
		return equals(BLANK);
	}

	private static void check(String field, String text, List<Violation> violations) {
		if (text != null && text.length() > SECTION_MAX_LENGTH) {
			violations.add(new Violation(field, "visit.notes.too-long"));
		}
	}

	private static String tidy(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
