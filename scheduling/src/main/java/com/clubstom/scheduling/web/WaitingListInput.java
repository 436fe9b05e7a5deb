package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.validation.Errors;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.patients.PatientId;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.WaitingRequest;
import com.clubstom.staff.StaffMemberId;

/**
 * The "add to the waiting list" dialog as typed: every field a string, so whatever was typed comes back with the reason
 * beside it. {@code patientQuery} is the search box of the patient picker, kept so the choice list can be redrawn.
 */
public class WaitingListInput {

	private String patientId;
	private String patientQuery;
	private String doctorId;
	private String serviceId;
	private String from;
	private String until;
	private String partOfDay;
	private String note;

	/**
	 * The request as typed; an unreadable date is reported beside its field, an unreadable choice counts as none (the
	 * waiting list then names what is missing).
	 */
	WaitingRequest toRequest(Errors errors) {
		return new WaitingRequest(id(patientId, PatientId::new), id(doctorId, StaffMemberId::new),
				id(serviceId, ClinicalServiceId::new), date("from", from, errors), date("until", until, errors),
				partOfDay(), note);
	}

	private PartOfDay partOfDay() {
		try {
			return partOfDay == null || partOfDay.isBlank() ? PartOfDay.ANY : PartOfDay.valueOf(partOfDay);
		}
		catch (IllegalArgumentException unknown) {
			return PartOfDay.ANY;
		}
	}

	private static <T> T id(String text, java.util.function.Function<UUID, T> type) {
		try {
			return text == null || text.isBlank() ? null : type.apply(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private static LocalDate date(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue(field, "waitinglist.date.invalid");
			return null;
		}
	}

	public String getPatientId() {
		return patientId;
	}

	public void setPatientId(String patientId) {
		this.patientId = patientId;
	}

	public String getPatientQuery() {
		return patientQuery;
	}

	public void setPatientQuery(String patientQuery) {
		this.patientQuery = patientQuery;
	}

	public String getDoctorId() {
		return doctorId;
	}

	public void setDoctorId(String doctorId) {
		this.doctorId = doctorId;
	}

	public String getServiceId() {
		return serviceId;
	}

	public void setServiceId(String serviceId) {
		this.serviceId = serviceId;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until;
	}

	public String getPartOfDay() {
		return partOfDay;
	}

	public void setPartOfDay(String partOfDay) {
		this.partOfDay = partOfDay;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
