package com.clubstom.finance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clinic's legal details that receipts and the tax-deduction certificate print: the legal entity, its taxpayer
 * numbers and its licence for medical activity ({@code clubstom.finance.requisites.*}). Blank ones print as lines to
 * fill in by hand.
 */
@ConfigurationProperties("clubstom.finance.requisites")
public record ClinicRequisites(String legalName, String inn, String kpp, String license) {

	public ClinicRequisites {
		legalName = blankToEmpty(legalName);
		inn = blankToEmpty(inn);
		kpp = blankToEmpty(kpp);
		license = blankToEmpty(license);
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.strip();
	}
}
