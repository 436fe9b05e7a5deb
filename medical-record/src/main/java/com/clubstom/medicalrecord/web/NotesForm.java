package com.clubstom.medicalrecord.web;

import com.clubstom.medicalrecord.VisitNotes;

/** The visit's notes as the page's form sends them, one field per section. */
public class NotesForm {

	private String complaints;
	private String anamnesis;
	private String objective;
	private String treatment;
	private String recommendations;

	static NotesForm of(VisitNotes notes) {
		var form = new NotesForm();
		form.complaints = notes.complaints();
		form.anamnesis = notes.anamnesis();
		form.objective = notes.objective();
		form.treatment = notes.treatment();
		form.recommendations = notes.recommendations();
		return form;
	}

	VisitNotes notes() {
		return new VisitNotes(complaints, anamnesis, objective, treatment, recommendations);
	}

	/** The text of a section by its field name, for the template's loop over sections. */
	public String text(String field) {
		return switch (field) {
			case "complaints" -> complaints;
			case "anamnesis" -> anamnesis;
			case "objective" -> objective;
			case "treatment" -> treatment;
			default -> recommendations;
		};
	}

	public String getComplaints() {
		return complaints;
	}

	public void setComplaints(String complaints) {
		this.complaints = complaints;
	}

	public String getAnamnesis() {
		return anamnesis;
	}

	public void setAnamnesis(String anamnesis) {
		this.anamnesis = anamnesis;
	}

	public String getObjective() {
		return objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public String getTreatment() {
		return treatment;
	}

	public void setTreatment(String treatment) {
		this.treatment = treatment;
	}

	public String getRecommendations() {
		return recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
	}
}
