package com.clubstom.patients;

/** Sex as recorded in medical documents. */
public enum Sex {
	MALE, FEMALE
}
