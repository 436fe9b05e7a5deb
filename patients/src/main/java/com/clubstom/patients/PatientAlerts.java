package com.clubstom.patients;

import java.util.List;
import java.util.Set;

/**
 * Warnings shown in the patient card's header (an allergy, an unpaid debt, a missing consent), contributed by any
 * context as a Spring bean. Called on every card view, so keep it to one indexed lookup.
 */
public interface PatientAlerts {

	/** The alerts about this patient that a person holding {@code roles} may see; empty when there are none. */
	List<Alert> alertsFor(PatientId patient, Set<String> roles);

	/**
	 * One warning.
	 *
	 * @param messageCode the text, translated through the message bundles
	 * @param arguments arguments of the message
	 */
	record Alert(Level level, String messageCode, List<Object> arguments) {

		public Alert {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

		public static Alert critical(String messageCode, Object... arguments) {
			return new Alert(Level.CRITICAL, messageCode, List.of(arguments));
		}

		public static Alert warning(String messageCode, Object... arguments) {
			return new Alert(Level.WARNING, messageCode, List.of(arguments));
		}
	}

	enum Level {
		/** Must be read before treatment (an allergy, anticoagulants). */
		CRITICAL,
		/** Needs attention (no consent on file, a debt). */
		WARNING
	}
}
