package com.clubstom.scheduling;

/** No waiting list entry has this id. */
public class UnknownWaitingListEntryException extends RuntimeException {

	UnknownWaitingListEntryException(WaitingListEntryId id) {
		super("No waiting list entry " + id);
	}
}
