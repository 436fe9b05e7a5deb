package com.clubstom.medicalrecord;

import java.util.Set;

/**
 * Who does what with treatment plans. Plans show teeth and services but no findings or diagnoses, so besides clinical
 * staff and the owner the front desk sees them: administrators present plans, print them for signing, record the
 * patient's answer and book the stages. Doctors make and change plans, assistants draft them for the doctor; the
 * accountant sees nothing clinical. Role names are those of {@code com.clubstom.staff.Role}.
 */
public final class PlanAccess {

	private static final Set<String> READERS = Set.of("OWNER", "DOCTOR", "ASSISTANT", "ADMINISTRATOR");
	private static final Set<String> PLANNERS = Set.of("DOCTOR", "ASSISTANT");
	private static final Set<String> BOOKERS = Set.of("OWNER", "ADMINISTRATOR");

	private PlanAccess() {
	}

	/** Whether a person holding {@code roles} sees plans and prints them. */
	public static boolean reads(Set<String> roles) {
		return roles.stream().anyMatch(READERS::contains);
	}

	/** Whether a person holding {@code roles} makes, changes, proposes and copies plans. */
	public static boolean plans(Set<String> roles) {
		return roles.stream().anyMatch(PLANNERS::contains);
	}

	/** Whether a person holding {@code roles} records that the patient accepted or declined a proposed plan. */
	public static boolean recordsAnswers(Set<String> roles) {
		return reads(roles);
	}

	/** Whether a person holding {@code roles} books a stage's appointment (the calendar's own rule: the front desk). */
	public static boolean books(Set<String> roles) {
		return roles.stream().anyMatch(BOOKERS::contains);
	}
}
