package com.clubstom.patients.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.IdentityDocument;
import com.clubstom.patients.LegalRepresentative;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;

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

	/** The choices of the forms' lists, in declaration order. */
	@ModelAttribute("choices")
	Choices choices() {
		return Choices.ALL;
	}

	record Choices(Sex[] sexes, ReferralSource[] referralSources, ContactChannel[] channels,
			LegalRepresentative.Relation[] relations, IdentityDocument.Type[] documentTypes) {

		static final Choices ALL = new Choices(Sex.values(), ReferralSource.values(), ContactChannel.values(),
				LegalRepresentative.Relation.values(), IdentityDocument.Type.values());
	}
}
