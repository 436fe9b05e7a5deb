package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The owner locked an account: no sign-in until it is unlocked. */
public record AccountLocked(StaffAccountId accountId, String username, String fullName, Instant lockedAt, String lockedBy) implements DomainEvent {
}
