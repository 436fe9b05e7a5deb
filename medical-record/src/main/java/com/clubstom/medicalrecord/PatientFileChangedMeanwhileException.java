package com.clubstom.medicalrecord;

/** Someone described or archived the file after this person opened it; nothing was saved. */
public class PatientFileChangedMeanwhileException extends RuntimeException {

	private final transient PatientFile current;

	PatientFileChangedMeanwhileException(PatientFile current) {
		super("Patient file " + current.id() + " changed meanwhile");
		this.current = current;
	}

	/** The file as it is saved now. */
	public PatientFile current() {
		return current;
	}
}
