package com.clubstom.patients;

/**
 * Someone else saved the patient after the editor opened it. Nothing was overwritten; {@link #current()} is the
 * patient as saved now, so the editor sees the other change and can apply theirs again.
 */
public class PatientChangedMeanwhileException extends RuntimeException {

	private final transient Patient current;

	PatientChangedMeanwhileException(Patient current) {
		super("Patient " + current.id() + " was changed by " + current.lastChanged().username() + " meanwhile");
		this.current = current;
	}

	public Patient current() {
		return current;
	}
}
