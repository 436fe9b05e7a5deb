package com.clubstom.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Figures about the clinic's accounts for the dashboard.
 *
 * @param active accounts that may sign in
 * @param holdersByRole how many active accounts hold each role
 * @param lockedNow accounts locked after too many wrong passwords
 * @param signedInToday accounts that signed in since the start of the clinic's day
 * @param recentSignIns the latest sign-ins, newest first
 */
public record AccountsOverview(long active, Map<Role, Long> holdersByRole, long lockedNow, long signedInToday,
		List<RecentSignIn> recentSignIns) {

	/** One person's latest sign-in. */
	public record RecentSignIn(String fullName, java.util.Set<Role> roles, Instant at) {
	}
}
