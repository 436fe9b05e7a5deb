package com.clubstom.patients;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/** Test stand-in for the application's {@link Actors}: the administrator at the front desk is acting. */
class FrontDesk implements Actors {

	static final Actor KUZNETSOVA = new Actor("admin", "Кузнецова Марина Игоревна", "10.0.0.7");

	@Override
	public Actor current() {
		return KUZNETSOVA;
	}
}
