package com.clubstom.medicalrecord;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * One procedure done at a visit, as finance charges it and pays for it: the service (its id, nomenclature code and the
 * clinic's name as done), the tooth in FDI notation and its surfaces ("MOD") where it was done on a tooth, how many
 * times, the price of one on the visit's day, the discount on the line as an amount, the assistant who helped (if any)
 * and the treatment-plan item it carried out (if any).
 */
@ValueObject
public record PerformedProcedure(UUID serviceId, String code, String name, Integer tooth, String surfaces, int quantity,
		Money unitPrice, Money discount, UUID assistantId, UUID planItemId) {

	public PerformedProcedure {
		discount = discount == null ? Money.ZERO : discount;
	}

	/** What the patient owes for the line: the price times the quantity, less the discount. */
	public Money total() {
		return unitPrice.times(quantity).minus(discount);
	}
}
