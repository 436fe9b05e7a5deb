package com.clubstom.patients.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.IdentityDocument;
import com.clubstom.patients.InsurancePolicy;
import com.clubstom.patients.LegalRepresentative;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientStatus;
import com.clubstom.patients.PatientSummary;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A patient in the API. Fields a caller may not see are left out, not sent empty: the accountant gets names and
 * contacts, clinical staff everything but identity documents and insurance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PatientResource(String id, String lastName, String firstName, String middleName, String fullName,
		LocalDate birthDate, Integer age, Sex sex, String phone, List<String> additionalPhones, String email,
		String address, ContactChannel preferredContact, ReferralSource referralSource, List<String> tags, String notes,
		LegalRepresentative representative, IdentityDocument identityDocument, InsurancePolicy insurance,
		Boolean personalDataConsent, LocalDate personalDataConsentDate, PatientStatus status, Instant createdAt,
		String createdBy, Instant changedAt, String changedBy, long version) {

	static PatientResource of(Patient patient, Disclosure disclosure, LocalDate today) {
		var d = patient.details();
		var c = d.contacts();
		var personal = disclosure.showsPersonalDetails();
		var documents = disclosure.showsDocuments();
		return new PatientResource(patient.id().toString(), d.lastName(), d.firstName(), d.middleName(), d.fullName(),
				personal ? d.birthDate() : null,
				personal ? com.clubstom.patients.PatientRules.ageOn(d.birthDate(), today) : null,
				personal ? d.sex() : null, c.phone(), c.otherPhones(), c.email(), c.address(), c.preferredChannel(),
				personal ? d.referralSource() : null, personal ? d.tags() : null, personal ? d.notes() : null,
				personal ? d.representative() : null, documents ? d.identityDocument() : null,
				documents ? d.insurance() : null, personal ? patient.consent().given() : null,
				personal ? patient.consent().date() : null, patient.status(), patient.registered().at(),
				patient.registered().username(), patient.lastChanged().at(), patient.lastChanged().username(),
				patient.version());
	}

	/** One search result. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Summary(String id, String lastName, String firstName, String middleName, LocalDate birthDate, Sex sex,
			String phone, List<String> tags, PatientStatus status, Boolean personalDataConsent) {

		static Summary of(PatientSummary s, Disclosure disclosure) {
			var personal = disclosure.showsPersonalDetails();
			return new Summary(s.id().toString(), s.lastName(), s.firstName(), s.middleName(),
					personal ? s.birthDate() : null, personal ? s.sex() : null, s.phone(), personal ? s.tags() : null,
					s.status(), personal ? s.consentGiven() : null);
		}
	}

	/** A page of search results. */
	record Page(List<Summary> items, long total, boolean totalIsLowerBound, int page, int size) {
	}
}
