package com.clubstom.patients;

import java.time.LocalDate;

/**
 * An identity document as written in contracts and the tax-deduction certificate. Seen only by the owner and the front
 * desk.
 */
public record IdentityDocument(Type type, String series, String number, String issuedBy, LocalDate issuedOn) {

	public IdentityDocument {
		series = Text.clean(series);
		number = Text.clean(number);
		issuedBy = Text.clean(issuedBy);
	}

	public enum Type {
		PASSPORT_RF, BIRTH_CERTIFICATE, FOREIGN_PASSPORT, RESIDENCE_PERMIT, OTHER
	}
}
