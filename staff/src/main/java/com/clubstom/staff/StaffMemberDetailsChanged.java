package com.clubstom.staff;

import java.time.Instant;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;

/**
 * The owner changed who a staff member is: the event carries the member's current name, position, specialisations and
 * colour (what other contexts copy) and the names of the fields that changed.
 */
public record StaffMemberDetailsChanged(StaffMemberId staffMemberId, String fullName, Position position,
		Set<Specialisation> specialisations, String calendarColour, Set<String> changedFields, Instant changedAt,
		String changedBy) implements DomainEvent {
}
