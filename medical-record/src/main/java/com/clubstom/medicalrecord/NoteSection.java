package com.clubstom.medicalrecord;

/** The sections of a visit's notes, in the order a Russian dental record writes them; templates fill one each. */
public enum NoteSection {
	COMPLAINTS, ANAMNESIS, OBJECTIVE, TREATMENT, RECOMMENDATIONS;

	/** The form field of the section: "complaints". */
	public String field() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
