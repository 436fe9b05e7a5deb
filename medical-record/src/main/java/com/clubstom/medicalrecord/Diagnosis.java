package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A diagnosis by the ICD-10 code, for one tooth or for the mouth as a whole ({@code tooth} null, e.g. K05.1 chronic
 * gingivitis), made on a date by a doctor.
 */
@Entity
public record Diagnosis(@Identity UUID id, Tooth tooth, String code, LocalDate madeOn, String note, Instant recordedAt,
		Clinician doctor) {

	public Diagnosis {
		note = note == null || note.isBlank() ? null : note.strip();
	}

	public Optional<Tooth> onTooth() {
		return Optional.ofNullable(tooth);
	}
}
