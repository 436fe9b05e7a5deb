package com.clubstom.patients.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The card's first tab: who the patient is and how to reach them. Everyone who opens the card sees it. */
@Component
class ProfileTab implements PatientCardTab {

	static final String KEY = "profile";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String titleCode() {
		return "patient.tab.profile";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/profile";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return !roles.isEmpty();
	}
}
