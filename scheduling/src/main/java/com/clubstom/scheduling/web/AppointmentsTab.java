package com.clubstom.scheduling.web;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.Role;

/** The patient's appointments on the card, after the documents: everyone on the staff books or asks about them. */
@Component
class AppointmentsTab implements PatientCardTab {

	static final String KEY = "appointments";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String titleCode() {
		return "appointments.tab";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/" + KEY;
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return Arrays.stream(Role.values()).anyMatch(role -> roles.contains(role.name()));
	}
}
