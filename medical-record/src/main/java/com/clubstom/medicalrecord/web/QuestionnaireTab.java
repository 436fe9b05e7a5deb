package com.clubstom.medicalrecord.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The medical questionnaire on the patient card, after the dental chart: for those who see clinical data. */
@Component
class QuestionnaireTab implements PatientCardTab {

	@Override
	public String key() {
		return "questionnaire";
	}

	@Override
	public String titleCode() {
		return "questionnaire.tab";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/questionnaire";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return ClinicalAccess.reads(roles);
	}
}
