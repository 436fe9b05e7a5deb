package com.clubstom.medicalrecord.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.PlanAccess;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The treatment plans on the patient card, after the dental chart: for clinical staff, the owner and the front desk. */
@Component
class TreatmentPlansTab implements PatientCardTab {

	@Override
	public String key() {
		return "plans";
	}

	@Override
	public String titleCode() {
		return "plans.tab";
	}

	@Override
	public int order() {
		return 32;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/plans";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return PlanAccess.reads(roles);
	}
}
