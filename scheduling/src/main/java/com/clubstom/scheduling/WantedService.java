package com.clubstom.scheduling;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The catalogue service a waiting patient wants, as it was named when they were put on the list. Freed slots are
 * matched by its {@code code}, which is what appointment events carry.
 */
public record WantedService(UUID serviceId, String code, String name) implements ValueObject {

	public WantedService {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
