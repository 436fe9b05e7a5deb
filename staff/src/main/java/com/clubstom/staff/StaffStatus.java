package com.clubstom.staff;

/**
 * Whether a person works in the clinic now. Dismissed people are never deleted: visits, pay and the audit trail keep
 * pointing at them; they only leave the catalogue's default view.
 */
public enum StaffStatus {

	WORKING, ON_LEAVE, DISMISSED;

	/** Working or on leave: part of the team as the catalogue shows it by default. */
	public boolean isCurrent() {
		return this != DISMISSED;
	}
}
