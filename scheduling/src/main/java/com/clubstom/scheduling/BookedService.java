package com.clubstom.scheduling;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A service of the catalogue booked for an appointment, as it was named when booked (a later rename of the catalogue
 * entry does not rewrite the calendar's history).
 */
public record BookedService(UUID serviceId, String code, String name, int minutes) implements ValueObject {

	public BookedService {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
