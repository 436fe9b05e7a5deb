package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

import com.clubstom.kernel.Money;

/**
 * A procedure done at a visit: the service as named and priced on the visit's day, on a tooth and its surfaces where it
 * is done on one, how many times, the discount on the line as an amount, the assistant, the plan item it carries out,
 * and what it leaves on the tooth for the chart ({@code outcome}, e.g. a filling on the surfaces). A procedure withdrawn
 * by an amendment stays on record, marked with the amendment.
 */
@Entity
public record Procedure(@Identity UUID id, UUID serviceId, String code, String name, Tooth tooth, Set<ToothSurface> surfaces,
		int quantity, Money unitPrice, Money discount, Practitioner assistant, UUID planItemId, ToothCondition outcome,
		Instant addedAt, String addedBy, UUID withdrawnBy) {

	public Procedure {
		surfaces = surfaces == null || surfaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surfaces));
		discount = discount == null ? Money.ZERO : discount;
	}

	/** The price times the quantity, before the discount. */
	public Money sum() {
		return unitPrice.times(quantity);
	}

	/** What the patient owes for the line. */
	public Money total() {
		return sum().minus(discount);
	}

	public boolean isWithdrawn() {
		return withdrawnBy != null;
	}

	/** The surfaces as the chart writes them on this tooth ("MOD"), or empty. */
	public String surfaceLetters() {
		return ToothSurface.lettersOn(tooth, surfaces);
	}

	/** The same line at the price and discount agreed in a treatment plan. */
	Procedure asAgreed(Money agreedPrice, Money agreedDiscount) {
		return new Procedure(id, serviceId, code, name, tooth, surfaces, quantity, agreedPrice, agreedDiscount, assistant,
				planItemId, outcome, addedAt, addedBy, withdrawnBy);
	}

	Procedure withdrawnBy(UUID amendment) {
		return new Procedure(id, serviceId, code, name, tooth, surfaces, quantity, unitPrice, discount, assistant, planItemId,
				outcome, addedAt, addedBy, amendment);
	}

	/** The line as finance reads it in the visit's events. */
	PerformedProcedure performed() {
		return new PerformedProcedure(serviceId, code, name, tooth == null ? null : tooth.number(), surfaceLetters(), quantity,
				unitPrice, discount, assistant == null ? null : assistant.staffMemberId(), planItemId);
	}
}
