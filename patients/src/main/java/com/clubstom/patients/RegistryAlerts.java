package com.clubstom.patients;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The registry's own warnings on the card: no consent to processing of personal data, a minor without a representative,
 * archived. Worked out from the patient the card has already loaded (other contexts' {@link PatientAlerts} look up their
 * own data).
 */
@Component
public class RegistryAlerts {

	private final PatientRegistry registry;

	RegistryAlerts(PatientRegistry registry) {
		this.registry = registry;
	}

	public List<PatientAlerts.Alert> alertsOf(Patient patient) {
		var alerts = new ArrayList<PatientAlerts.Alert>();
		if (patient.isArchived()) {
			alerts.add(PatientAlerts.Alert.warning("patient.alert.archived"));
		}
		if (!patient.consent().given()) {
			alerts.add(PatientAlerts.Alert.critical("patient.alert.no-consent"));
		}
		var details = patient.details();
		if (details.representative() == null && PatientRules.needsRepresentative(details.birthDate(), registry.today())) {
			alerts.add(PatientAlerts.Alert.critical("patient.alert.no-representative"));
		}
		return List.copyOf(alerts);
	}
}
