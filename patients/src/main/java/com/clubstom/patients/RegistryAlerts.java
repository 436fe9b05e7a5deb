package com.clubstom.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The registry's own warnings on the card: no consent to processing of personal data, a minor without a representative, archived. */
@Component
class RegistryAlerts implements PatientAlerts {

	private final PatientRegistry registry;

	RegistryAlerts(PatientRegistry registry) {
		this.registry = registry;
	}

	@Override
	public List<Alert> alertsFor(PatientId id, Set<String> roles) {
		return registry.find(id).map(this::alertsOf).orElse(List.of());
	}

	List<Alert> alertsOf(Patient patient) {
		var alerts = new ArrayList<Alert>();
		if (patient.isArchived()) {
			alerts.add(Alert.warning("patient.alert.archived"));
		}
		if (!patient.consent().given()) {
			alerts.add(Alert.critical("patient.alert.no-consent"));
		}
		var details = patient.details();
		if (details.representative() == null && PatientRules.needsRepresentative(details.birthDate(), registry.today())) {
			alerts.add(Alert.critical("patient.alert.no-representative"));
		}
		return List.copyOf(alerts);
	}
}
