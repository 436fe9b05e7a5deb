package com.clubstom.medicalrecord;

/** There is no visit with this id. */
public class UnknownVisitException extends RuntimeException {

	UnknownVisitException(VisitId visit) {
		super("No visit " + visit);
	}
}
