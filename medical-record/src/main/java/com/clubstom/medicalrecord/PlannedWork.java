package com.clubstom.medicalrecord;

import java.util.Set;
import java.util.UUID;

import com.clubstom.kernel.Money;

/**
 * One item of an accepted (or already started) treatment plan that is still to be done, as a visit form offers it:
 * which plan and stage it belongs to, the service (its id, nomenclature code and the clinic's name), the tooth in FDI
 * notation and its surfaces where the service is done on a tooth (null and empty otherwise), how many, the price of one
 * on the plan's date and the discount on the line as an amount, and the doctor's note. A visit that carries it out names
 * {@link #itemId()} as its {@link PerformedProcedure#planItemId()}.
 */
public record PlannedWork(UUID planId, UUID itemId, String planTitle, String stageTitle, ClinicalServiceId service,
		String code, String name, Integer tooth, Set<ToothSurface> surfaces, int quantity, Money unitPrice, Money discount,
		String note) {

	public PlannedWork {
		surfaces = surfaces == null ? Set.of() : Set.copyOf(surfaces);
	}

	/** The surfaces' letters on the tooth, one each ("M", "O"), for a form to carry the work on. */
	public java.util.List<String> surfaceLetters() {
		return tooth == null ? java.util.List.of()
				: surfaces.stream().sorted().map(surface -> surface.letterOn(Tooth.of(tooth))).toList();
	}
}
