package com.clubstom.finance;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;

/** One procedure on a charge, as the receipt and the statement list it. */
@ValueObject
public record ChargeLine(String code, String name, Integer tooth, int quantity, Money unitPrice, Money discount,
		Money total) {

	static ChargeLine of(PerformedProcedure procedure) {
		return new ChargeLine(procedure.code(), procedure.name(), procedure.tooth(), procedure.quantity(), procedure.unitPrice(),
				procedure.discount(), procedure.total());
	}
}
