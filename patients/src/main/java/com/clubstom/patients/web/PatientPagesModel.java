package com.clubstom.patients.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clubstom.patients.PatientRegistry;

/** What every patient page shows times in: the clinic's zone, not the server's. */
@ControllerAdvice(assignableTypes = { PatientRegistryController.class, PatientCardController.class })
class PatientPagesModel {

	private final PatientRegistry registry;

	PatientPagesModel(PatientRegistry registry) {
		this.registry = registry;
	}

	@ModelAttribute("clinicZone")
	ZoneId clinicZone() {
		return registry.clinicZone();
	}
}
