package com.clubstom.scheduling;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/** Test stand-in for the application's {@link Actors}: the administrator at the front desk is booking. */
class FrontDesk implements Actors {

	static final Actor ADMIN = new Actor("admin", "Смирнова Ольга Петровна", "10.0.0.5");

	@Override
	public Actor current() {
		return ADMIN;
	}
}
