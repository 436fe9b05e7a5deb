package com.clubstom.staff;

import java.time.Instant;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;

/** A new login account was opened for a staff member. */
public record StaffAccountOpened(StaffAccountId accountId, String username, String fullName, Set<Role> roles,
		Instant openedAt) implements DomainEvent {
}
