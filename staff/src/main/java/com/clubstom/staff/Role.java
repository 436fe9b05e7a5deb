package com.clubstom.staff;

/**
 * What a staff member does in the clinic, and so what they may see and change. A person may hold several roles.
 */
public enum Role {

	/** Runs the clinic: manages accounts, settings and sees everything. */
	OWNER,

	/** The front desk: patients, calendar, payments. */
	ADMINISTRATOR,

	/** Treats patients: medical record, own schedule and pay. */
	DOCTOR,

	/** Assists doctors at the chair. */
	ASSISTANT,

	/** Finances and payroll. */
	ACCOUNTANT;

	/** The Spring Security authority name of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
