package com.clubstom.medicalrecord.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Moments shown as the clinic's local time, for templates (which get instants from the record). */
public record ClinicTimes(ZoneId zone) {

	public LocalDateTime at(Instant moment) {
		return moment.atZone(zone).toLocalDateTime();
	}
}
