package com.clubstom.staff;

import java.time.Instant;
import java.util.Set;

/**
 * What the sign-in needs to know about an account, and nothing more: the security layer checks the password against
 * {@code passwordHash} and refuses disabled or locked accounts.
 */
public record SignInAccount(StaffAccountId id, String username, String fullName, String passwordHash, Set<Role> roles,
		boolean enabled, Instant lockedUntil) {

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}
}
