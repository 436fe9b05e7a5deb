package com.clubstom.scheduling;

import java.util.List;

/**
 * A freed slot that is still free, with the waiting patients it suits, the longest waiting first (possibly none: the
 * front desk still sees the gap).
 */
public record SlotSuggestion(FreedSlot slot, List<WaitingListEntry> patients) {

	public SlotSuggestion {
		patients = List.copyOf(patients);
	}
}
