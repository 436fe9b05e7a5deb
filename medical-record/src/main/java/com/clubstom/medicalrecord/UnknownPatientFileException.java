package com.clubstom.medicalrecord;

/** No such file in any patient's record (or it was archived). */
public class UnknownPatientFileException extends RuntimeException {

	UnknownPatientFileException(PatientFileId id) {
		super("No patient file " + id);
	}
}
