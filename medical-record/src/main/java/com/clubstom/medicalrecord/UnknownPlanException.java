package com.clubstom.medicalrecord;

/** No treatment plan of the patient has the id. */
public class UnknownPlanException extends RuntimeException {

	UnknownPlanException(TreatmentPlanId plan) {
		super("No treatment plan " + plan);
	}
}
