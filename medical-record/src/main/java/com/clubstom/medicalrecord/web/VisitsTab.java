package com.clubstom.medicalrecord.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The clinical visits on the patient card: for those who see clinical data. */
@Component
class VisitsTab implements PatientCardTab {

	@Override
	public String key() {
		return "visits";
	}

	@Override
	public String titleCode() {
		return "visits.tab";
	}

	@Override
	public int order() {
		return 34;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/visits";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return ClinicalAccess.reads(roles);
	}
}
