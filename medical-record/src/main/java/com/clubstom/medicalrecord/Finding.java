package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One observation on the chart: {@code condition} on {@code tooth} (on {@code surfaces} where the condition sits on
 * surfaces, otherwise none), recorded at {@code recordedAt} by {@code recordedBy}. Never changed: a later finding
 * supersedes it, and the chart as of a past date is the findings recorded until then.
 */
@Entity
public record Finding(@Identity UUID id, Tooth tooth, ToothCondition condition, Set<ToothSurface> surfaces, String note,
		Instant recordedAt, Clinician recordedBy) {

	public Finding {
		surfaces = surfaces == null || surfaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surfaces));
		note = note == null || note.isBlank() ? null : note.strip();
	}

	/** The surfaces as the chart writes them for this tooth, in chart order: "MOD". */
	public String surfaceLetters() {
		return ToothSurface.lettersOn(tooth, surfaces);
	}
}
