package com.clubstom.medicalrecord.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ClinicalAccess;
import com.clubstom.patients.PatientCardTab;
import com.clubstom.patients.PatientId;

/** X-rays, photos and documents on the patient card, after the chart: for those who see clinical data. */
@Component
class PatientFilesTab implements PatientCardTab {

	@Override
	public String key() {
		return "files";
	}

	@Override
	public String titleCode() {
		return "files.tab";
	}

	@Override
	public int order() {
		return 36;
	}

	@Override
	public String contentPath(PatientId patient) {
		return "/patients/" + patient + "/tabs/files";
	}

	@Override
	public boolean isVisibleTo(Set<String> roles) {
		return ClinicalAccess.reads(roles);
	}
}
