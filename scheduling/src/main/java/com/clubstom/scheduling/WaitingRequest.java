package com.clubstom.scheduling;

import java.time.LocalDate;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/**
 * What the front desk asks when putting a patient on the waiting list: who, with which doctor and/or for which service
 * (at least one), from and until when, at what part of the day, and a note ("can come at an hour's notice"). Any part
 * may be missing; {@link WaitingList#add} names each one that is wrong.
 *
 * @param from the first day that suits, {@code null} for today
 * @param until the last day that suits, {@code null} for any later day
 * @param partOfDay {@code null} for {@link PartOfDay#ANY}
 */
public record WaitingRequest(PatientId patient, StaffMemberId doctor, ClinicalServiceId service, LocalDate from,
		LocalDate until, PartOfDay partOfDay, String note) {

	public WaitingRequest {
		partOfDay = partOfDay == null ? PartOfDay.ANY : partOfDay;
	}
}
