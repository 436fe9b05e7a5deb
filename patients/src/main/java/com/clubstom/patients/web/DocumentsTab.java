package com.clubstom.patients.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** Identity documents, the ДМС policy and the consent to processing of personal data: the owner and the front desk only. */
@Component
class DocumentsTab implements PatientCardTab {

	static final String KEY = "documents";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String titleCode() {
		return "patient.tab.documents";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/documents";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return Disclosure.of(roles).showsDocuments();
	}
}
