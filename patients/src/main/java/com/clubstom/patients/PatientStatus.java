package com.clubstom.patients;

/** Archived patients are hidden from default lists but kept: medical records must be retained. */
public enum PatientStatus {
	ACTIVE, ARCHIVED
}
