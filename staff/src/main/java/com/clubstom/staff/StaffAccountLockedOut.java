package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Too many wrong passwords in a row: the account refuses sign-in until {@code lockedUntil}. */
public record StaffAccountLockedOut(StaffAccountId accountId, String username, Instant lockedAt, Instant lockedUntil)
		implements DomainEvent {
}
