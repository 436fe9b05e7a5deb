package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The owner set a temporary password; the person must choose their own at next sign-in. */
public record StaffAccountPasswordReset(StaffAccountId accountId, String username, Instant resetAt, String resetBy) implements DomainEvent {
}
