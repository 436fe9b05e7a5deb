package com.clubstom.medicalrecord;

/**
 * The infections the questionnaire asks about by name: each changes how instruments, the chair and the staff are protected,
 * so each raises an alert. Anything else is written in the questionnaire's free text.
 */
public enum InfectiousDisease {
	HIV, HEPATITIS_B, HEPATITIS_C, TUBERCULOSIS, SYPHILIS
}
