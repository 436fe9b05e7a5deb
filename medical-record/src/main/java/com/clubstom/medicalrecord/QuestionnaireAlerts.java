package com.clubstom.medicalrecord;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientAlerts;
import com.clubstom.patients.PatientId;

/**
 * The questionnaire's warnings in the patient card's header, for those who see clinical data: each critical answer in
 * red (allergies, anticoagulants, pregnancy, infections); in amber a high usual blood pressure, a questionnaire never
 * filled in, or one the patient signed more than a year ago. One indexed lookup per card view.
 */
@Component
class QuestionnaireAlerts implements PatientAlerts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Questionnaires questionnaires;

	QuestionnaireAlerts(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@Override
	public List<Alert> alertsFor(PatientId patient, Set<String> roles) {
		if (!ClinicalAccess.reads(roles)) {
			return List.of();
		}
		var current = questionnaires.current(patient);
		if (current.isEmpty()) {
			return List.of(Alert.warning("questionnaire.alert.missing"));
		}
		var version = current.get();
		var answers = version.answers();
		var alerts = new ArrayList<Alert>();
		answers.criticalItems()
				.forEach(item -> alerts.add(new Alert(Level.CRITICAL, item.messageCode(), item.arguments())));
		if (answers.hasHighBloodPressure()) {
			alerts.add(Alert.warning("questionnaire.alert.high-pressure", answers.systolic(), answers.diastolic()));
		}
		if (version.isOlderThanAYear(questionnaires.today())) {
			alerts.add(Alert.warning("questionnaire.alert.stale", version.signedOn().format(DAY)));
		}
		return List.copyOf(alerts);
	}
}
