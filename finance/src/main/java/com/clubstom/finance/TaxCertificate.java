package com.clubstom.finance;

import java.util.Locale;

import com.clubstom.kernel.Money;
import com.clubstom.patients.IdentityDocument;
import com.clubstom.patients.Patient;

/**
 * The certificate of payment for medical services for the tax office (form КНД 1151156): what the patient paid the clinic
 * in a year, by service code. Dental treatment is code 1 (the government's list of expensive treatment, code 2, names
 * implantation and the like only under conditions the clinic judges case by case; the accountant corrects the printout
 * then). When the patient has a legal representative, the representative is the taxpayer.
 *
 * @param number the certificate's number: the year and the patient, so that printing it again gives the same one
 */
public record TaxCertificate(String number, int year, Patient patient, Money paidCodeOne, Money paidCodeTwo) {

	static TaxCertificate of(Patient patient, int year, Money paid) {
		var number = year + "-" + patient.id().value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return new TaxCertificate(number, year, patient, paid.isNegative() ? Money.ZERO : paid, Money.ZERO);
	}

	/** Whether the patient and the taxpayer are one person (sign 1 on the form) or a representative paid (0). */
	public boolean patientIsTaxpayer() {
		return patient.details().representative() == null;
	}

	/** The code of the identity document on the form: 21 a Russian passport, 03 a birth certificate, and so on. */
	public String documentCode() {
		var document = patient.details().identityDocument();
		if (document == null || document.type() == null) {
			return "";
		}
		return switch (document.type()) {
			case PASSPORT_RF -> "21";
			case BIRTH_CERTIFICATE -> "03";
			case FOREIGN_PASSPORT -> "10";
			case RESIDENCE_PERMIT -> "12";
			case OTHER -> "91";
		};
	}

	public IdentityDocument document() {
		return patient.details().identityDocument();
	}

	public Money total() {
		return paidCodeOne.plus(paidCodeTwo);
	}
}
