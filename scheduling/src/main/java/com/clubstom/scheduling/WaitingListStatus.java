package com.clubstom.scheduling;

/**
 * Where a patient on the waiting list stands: still waiting for an earlier slot, booked into one (off the list), or
 * withdrawn (no longer wants it, or the front desk took the entry off).
 */
public enum WaitingListStatus {

	WAITING, BOOKED, WITHDRAWN;

	public boolean isWaiting() {
		return this == WAITING;
	}
}
