package com.clubstom.finance.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** The patient's account on the card: for the front desk, the accountant and the owner. */
@Component
class FinanceTab implements PatientCardTab {

	@Override
	public String key() {
		return "finance";
	}

	@Override
	public String titleCode() {
		return "finance.tab";
	}

	@Override
	public int order() {
		return 38;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/finance";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return roles.contains("OWNER") || roles.contains("ACCOUNTANT") || roles.contains("ADMINISTRATOR");
	}
}
