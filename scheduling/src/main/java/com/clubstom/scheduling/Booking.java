package com.clubstom.scheduling;

import java.time.LocalDateTime;
import java.util.List;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * What the booking form asks for: who, with whom, where, for what and when. Any part may be missing; {@link Scheduling}
 * names each missing one.
 *
 * @param minutes how long, or {@code null} for the services' total duration
 */
public record Booking(PatientId patient, StaffMemberId doctor, ChairId chair, List<ClinicalServiceId> services,
		LocalDateTime start, Integer minutes, String comment) {

	public Booking {
		services = services == null ? List.of() : List.copyOf(services);
	}
}
