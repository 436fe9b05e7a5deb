package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A person left: their account can no longer sign in; their history stays. */
public record StaffAccountDeactivated(StaffAccountId accountId, String username, String fullName, Instant deactivatedAt, String deactivatedBy) implements DomainEvent {
}
