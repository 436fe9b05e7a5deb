package com.clubstom.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The clinic's clock in tests: stands still until a test moves it, so times can be asserted exactly. */
public final class AdjustableClock extends Clock {

	/** 09:00 in Moscow on a Monday: the clinic opens. */
	public static final Instant MONDAY_MORNING = Instant.parse("2025-03-03T06:00:00Z");

	/** 00:30 in Moscow on that Monday, still Sunday in UTC: counts as Monday for the clinic. */
	public static final Instant MONDAY_JUST_AFTER_MIDNIGHT = Instant.parse("2025-03-02T21:30:00Z");

	/** 23:30 in Moscow the evening before (20:30 UTC): Sunday for the clinic, not part of Monday's "today". */
	public static final Instant SUNDAY_LATE_EVENING = Instant.parse("2025-03-02T20:30:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(MONDAY_MORNING);

	public void setTo(Instant instant) {
		now.set(instant);
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}
}
