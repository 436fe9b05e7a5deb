package com.clubstom.medicalrecord.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The diagnosis form: an ICD-10 code for a tooth (or for the mouth, with no tooth), the date it was made and a note. */
class DiagnosisForm {

	private Integer tooth;
	private String code;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate madeOn;
	private String note;

	public Integer getTooth() {
		return tooth;
	}

	public void setTooth(Integer tooth) {
		this.tooth = tooth;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public LocalDate getMadeOn() {
		return madeOn;
	}

	public void setMadeOn(LocalDate madeOn) {
		this.madeOn = madeOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
