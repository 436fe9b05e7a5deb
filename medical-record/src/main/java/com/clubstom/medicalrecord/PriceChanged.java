package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/**
 * A service costs {@code price} from {@code effectiveFrom} on (replacing prices set from that date on; earlier ones stay).
 * Carries the code and the name so finance and plans keep their own copy without calling back.
 *
 * @param code the nomenclature code, {@code null} when the service has none
 * @param changedBy the username of whoever set it, {@code "system"} for seeding and imports without a user
 */
public record PriceChanged(ClinicalServiceId serviceId, String code, String name, LocalDate effectiveFrom, Money price,
		Instant changedAt, String changedBy) implements DomainEvent {
}
