package com.clubstom.medicalrecord;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/** Test stand-in for the application's {@link Actors}: Dr Orlov is treating. */
class DoctorAtTheChair implements Actors {

	static final Actor ORLOV = new Actor("orlov", "Орлов Андрей Сергеевич", "10.0.0.21");

	@Override
	public Actor current() {
		return ORLOV;
	}
}
