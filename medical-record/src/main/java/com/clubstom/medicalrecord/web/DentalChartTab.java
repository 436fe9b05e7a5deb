package com.clubstom.medicalrecord.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The dental chart on the patient card: for those who see clinical data. */
@Component
class DentalChartTab implements PatientCardTab {

	static final String KEY = "chart";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String titleCode() {
		return "chart.tab";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/chart";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return ClinicalAccess.reads(roles);
	}
}
