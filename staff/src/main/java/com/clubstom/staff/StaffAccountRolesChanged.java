package com.clubstom.staff;

import java.time.Instant;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;

/** The owner gave an account other roles. */
public record StaffAccountRolesChanged(StaffAccountId accountId, String username, Set<Role> roles, Instant changedAt, String changedBy) implements DomainEvent {
}
