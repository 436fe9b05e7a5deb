package com.clubstom.medicalrecord;

import java.util.Set;

/**
 * What the doctor asks to add to a plan: a service of the catalogue, the tooth (FDI number; null for a service not
 * done on a tooth) and its surfaces, how many, the discount (a percentage or an amount; null for none) and a note. The
 * plan prices it on its date and checks it ({@link TreatmentPlans#addItem}).
 */
public record NewPlanItem(ClinicalServiceId service, Integer tooth, Set<ToothSurface> surfaces, int quantity,
		Discount discount, String note) {

	public NewPlanItem {
		surfaces = surfaces == null ? Set.of() : Set.copyOf(surfaces);
	}
}
