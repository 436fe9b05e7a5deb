package com.clubstom.scheduling;

import java.time.LocalTime;

/**
 * When in the day a waiting patient can come: "only mornings before work", "after school". A freed slot suits the
 * patient when it starts in that part of the day; {@link #ANY} suits every slot.
 */
public enum PartOfDay {

	ANY(LocalTime.MIN, null), MORNING(LocalTime.MIN, LocalTime.NOON), AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
	EVENING(LocalTime.of(17, 0), null);

	private final LocalTime from;
	/** {@code null}: until midnight. */
	private final LocalTime until;

	PartOfDay(LocalTime from, LocalTime until) {
		this.from = from;
		this.until = until;
	}

	/** Whether a slot starting at {@code start} lies in this part of the day. */
	public boolean covers(TimeSlot slot) {
		var start = slot.start().toLocalTime();
		return !start.isBefore(from) && (until == null || start.isBefore(until));
	}
}
