package com.clubstom.medicalrecord;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

import com.clubstom.kernel.Money;

/**
 * One line of a treatment plan: a service of the catalogue as it was named and priced on the plan's date, on a tooth
 * (FDI) and its surfaces when the service is done on a tooth, how many, the discount on the line as an amount, the
 * doctor's note, and once a visit carried it out, when, by whom and at which visit.
 */
@Entity
public record PlanItem(@Identity UUID id, UUID serviceId, String code, String name, Integer tooth, Set<ToothSurface> surfaces,
		int quantity, Money unitPrice, Money discount, String note, WorkDone done) {

	public PlanItem {
		surfaces = surfaces == null || surfaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surfaces));
		discount = discount == null ? Money.ZERO : discount;
		note = note == null || note.isBlank() ? null : note.strip();
	}

	public PlanTotals totals() {
		return PlanTotals.ofLine(unitPrice, quantity, discount);
	}

	public boolean isDone() {
		return done != null;
	}

	public ClinicalServiceId service() {
		return new ClinicalServiceId(serviceId);
	}

	/** The surfaces as the chart writes them for the item's tooth, in chart order ("MOD"); empty without a tooth. */
	public String surfaceLetters() {
		if (tooth == null) {
			return "";
		}
		var letters = new StringBuilder();
		for (var surface : ToothSurface.values()) {
			if (surfaces.contains(surface)) {
				letters.append(surface.letterOn(Tooth.of(tooth)));
			}
		}
		return letters.toString();
	}

	PlanItem doneAt(WorkDone work) {
		return new PlanItem(id, serviceId, code, name, tooth, surfaces, quantity, unitPrice, discount, note, work);
	}

	/** The same work as a new line of another plan: a new id, priced {@code price}, not done. */
	PlanItem copiedAt(Money price) {
		var line = PlanTotals.ofLine(price, quantity, Money.ZERO).sum();
		return new PlanItem(UUID.randomUUID(), serviceId, code, name, tooth, surfaces, quantity, price,
				discount.compareTo(line) > 0 ? line : discount, note, null);
	}
}
