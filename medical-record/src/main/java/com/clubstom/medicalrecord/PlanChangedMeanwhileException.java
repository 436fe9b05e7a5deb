package com.clubstom.medicalrecord;

/** Someone else changed the treatment plan after the editor saw it; nothing was changed. */
public class PlanChangedMeanwhileException extends RuntimeException {

	PlanChangedMeanwhileException(TreatmentPlanId plan) {
		super("The treatment plan " + plan + " changed meanwhile");
	}
}
