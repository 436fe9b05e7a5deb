package com.clubstom.medicalrecord.web;

import java.time.LocalDateTime;

/**
 * A line of the chart's history: a finding or a diagnosis, when and by whom.
 *
 * @param tooth the tooth number, or null for the mouth
 * @param what the message code of the condition ({@code chart.condition.CARIES}) or null for a diagnosis
 * @param surfaces the surface letters of a finding ("MOD"), empty otherwise
 * @param code the ICD-10 code of a diagnosis, null for a finding
 * @param title the diagnosis title in the reader's language
 */
record ChartEntryLine(LocalDateTime at, String by, Integer tooth, String what, String surfaces, String code, String title,
		String note) {

	public boolean isDiagnosis() {
		return code != null;
	}
}
