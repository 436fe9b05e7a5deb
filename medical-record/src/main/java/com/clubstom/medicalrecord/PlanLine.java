package com.clubstom.medicalrecord;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * A plan's item as its events announce it: the item, the service (id, nomenclature code, the clinic's name), the tooth
 * where it is done on one, how many and what the patient pays for the line.
 */
@ValueObject
public record PlanLine(UUID itemId, UUID serviceId, String code, String name, Integer tooth, int quantity, Money toPay) {

	static PlanLine of(PlanItem item) {
		return new PlanLine(item.id(), item.serviceId(), item.code(), item.name(), item.tooth(), item.quantity(),
				item.totals().toPay());
	}
}
