package com.clubstom.medicalrecord;

import java.util.List;

/**
 * What an import of the price list did: when any row was rejected, nothing at all ({@code added} and {@code updated}
 * are 0) and the rejected rows say why.
 *
 * @param accepted the rows that kept every rule
 * @param added the services added to the catalogue
 * @param updated the existing services (matched by code, or by name when the row has none) that changed
 */
public record ImportReport(int accepted, int added, int updated, List<Rejected> rejected) {

	/** A line of the file and why it was refused (message codes of {@code i18n/services.properties}). */
	public record Rejected(int line, List<Violation> reasons) {
	}

	public boolean imported() {
		return rejected.isEmpty();
	}
}
