package com.clubstom.staff;

import com.clubstom.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A fixed amount paid for each rendered service of one code ({@code A16.07.002}, the nomenclature of medical services,
 * or the clinic's own price-list code).
 */
@ValueObject
public record ServiceRate(String serviceCode, Money amount) {

	public ServiceRate {
		serviceCode = serviceCode == null ? null : serviceCode.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
