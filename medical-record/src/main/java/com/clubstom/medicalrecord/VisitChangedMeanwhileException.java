package com.clubstom.medicalrecord;

/** Someone else changed the visit since it was shown: the change was not made, so nobody's work is overwritten. */
public class VisitChangedMeanwhileException extends RuntimeException {

	VisitChangedMeanwhileException(VisitId visit) {
		super("Visit " + visit + " was changed meanwhile");
	}
}
