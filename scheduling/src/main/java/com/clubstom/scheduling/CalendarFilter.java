package com.clubstom.scheduling;

import java.util.Set;
import java.util.UUID;

/**
 * Which appointments a calendar view counts: any of these doctors (all when empty), any of these services (all when
 * empty), one chair (all when {@code null}), and these statuses.
 */
public record CalendarFilter(Set<UUID> doctors, Set<UUID> services, UUID chair, Set<AppointmentStatus> statuses) {

	public CalendarFilter {
		doctors = Set.copyOf(doctors);
		services = Set.copyOf(services);
		statuses = Set.copyOf(statuses);
	}
}
