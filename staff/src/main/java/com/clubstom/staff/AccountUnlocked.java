package com.clubstom.staff;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An account may sign in again. */
public record AccountUnlocked(StaffAccountId accountId, String username, Instant unlockedAt, String unlockedBy) implements DomainEvent {
}
