package com.clubstom.staff;

import java.time.Instant;
import java.util.Set;

/**
 * What the sign-in needs to know about an account, and nothing more: the security layer checks the password against
 * {@code passwordHash} and refuses disabled or locked accounts.
 */
public record SignInAccount(StaffAccountId id, String username, String fullName, String passwordHash, Set<Role> roles,
		boolean enabled, Instant lockedUntil, boolean blocked, boolean mustChangePassword) {

	/** Locked by the owner, or for a while after too many wrong passwords. */
	public boolean isLockedAt(Instant now) {
		return blocked || lockedUntil != null && now.isBefore(lockedUntil);
	}
}
