package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A correction to a completed visit, dated and attributed, with its reason: the notes as they were before (when the
 * notes changed), the procedures it added and those it withdrew. The visit keeps every amendment, oldest first.
 */
@Entity
public record Amendment(@Identity UUID id, String reason, Instant at, Clinician by, VisitNotes notesBefore,
		List<UUID> addedProcedures, List<UUID> withdrawnProcedures) {

	/** A reason says why the record was corrected; this many characters are plenty. */
	public static final int REASON_MAX_LENGTH = 500;

	public Amendment {
		addedProcedures = addedProcedures == null ? List.of() : List.copyOf(addedProcedures);
		withdrawnProcedures = withdrawnProcedures == null ? List.of() : List.copyOf(withdrawnProcedures);
	}

	public boolean changedNotes() {
		return notesBefore != null;
	}
}
