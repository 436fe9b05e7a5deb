package com.clubstom.medicalrecord.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;

/** The tooth panel's finding form: a condition, the surfaces ticked (by letter) and a note. */
class FindingForm {

	private ToothCondition condition;
	private List<String> surfaces = List.of();
	private String note;

	Set<ToothSurface> surfaceSet() {
		var set = EnumSet.noneOf(ToothSurface.class);
		surfaces.stream().filter(letter -> letter != null && !letter.isBlank()).map(ToothSurface::ofLetter).forEach(set::add);
		return set;
	}

	public ToothCondition getCondition() {
		return condition;
	}

	public void setCondition(ToothCondition condition) {
		this.condition = condition;
	}

	public List<String> getSurfaces() {
		return surfaces;
	}

	public void setSurfaces(List<String> surfaces) {
		this.surfaces = surfaces == null ? List.of()
				: surfaces.stream().filter(letter -> letter != null && letter.matches("[MODBLIVPmodblivp]")).toList();
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
