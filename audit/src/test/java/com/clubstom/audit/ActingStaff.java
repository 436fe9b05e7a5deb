package com.clubstom.audit;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Test stand-in for the application's {@link Actors}: whoever a test says is at the keyboard. Registered with
 * {@code @Import(ActingStaff.class)}.
 */
class ActingStaff implements Actors {

	private final AtomicReference<Actor> acting = new AtomicReference<>(AuditFixtures.DOCTOR_ORLOV);

	void nowActing(Actor actor) {
		acting.set(actor);
	}

	@Override
	public Actor current() {
		return acting.get();
	}
}
