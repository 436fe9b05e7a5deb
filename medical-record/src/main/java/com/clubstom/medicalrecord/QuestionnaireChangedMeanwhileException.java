package com.clubstom.medicalrecord;

/**
 * Someone else recorded the patient's questionnaire after the editor opened it; nothing was recorded. Carries the
 * questionnaire as it is now, so the editor sees what was saved beside what they typed.
 */
public class QuestionnaireChangedMeanwhileException extends RuntimeException {

	private final transient MedicalQuestionnaire current;

	QuestionnaireChangedMeanwhileException(MedicalQuestionnaire current) {
		super("The questionnaire of patient " + current.patientId() + " changed meanwhile");
		this.current = current;
	}

	public MedicalQuestionnaire current() {
		return current;
	}
}
