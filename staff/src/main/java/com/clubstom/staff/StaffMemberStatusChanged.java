package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A staff member went on leave, came back, or was dismissed (then {@link StaffMemberDismissed} follows as well). */
public record StaffMemberStatusChanged(StaffMemberId staffMemberId, String fullName, StaffStatus previous,
		StaffStatus status, Instant changedAt, String changedBy) implements DomainEvent {
}
