package com.clubstom.staff;

/** What a staff member does in the clinic. Only doctors have {@link Specialisation}s. */
public enum Position {

	DOCTOR, ASSISTANT, ADMINISTRATOR, ACCOUNTANT, OWNER;

	public boolean isDoctor() {
		return this == DOCTOR;
	}
}
