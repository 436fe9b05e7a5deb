package com.clubstom.medicalrecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Test fixture: a patient's answers built up as a sentence, e.g.
 * {@code Answers.none().allergicTo("лидокаин", "отёк Квинке").takingAnticoagulants("варфарин").answers()}.
 */
final class Answers {

	private final List<Allergy> allergies = new ArrayList<>();
	private String chronicDiseases;
	private String medications;
	private boolean anticoagulants;
	private final Set<InfectiousDisease> infections = EnumSet.noneOf(InfectiousDisease.class);
	private String otherInfections;
	private boolean pregnant;
	private Integer weeks;
	private Integer systolic;
	private Integer diastolic;
	private boolean hypertension;
	private boolean anaesthesiaProblems;
	private String anaesthesiaDescription;
	private String complaints;

	static Answers none() {
		return new Answers();
	}

	Answers allergicTo(String substance, String reaction) {
		allergies.add(new Allergy(substance, reaction));
		return this;
	}

	Answers chronically(String diseases) {
		chronicDiseases = diseases;
		return this;
	}

	Answers taking(String medications) {
		this.medications = medications;
		return this;
	}

	Answers takingAnticoagulants(String medications) {
		this.medications = medications;
		anticoagulants = true;
		return this;
	}

	Answers infectedWith(InfectiousDisease... diseases) {
		infections.addAll(List.of(diseases));
		return this;
	}

	Answers alsoInfectedWith(String other) {
		otherInfections = other;
		return this;
	}

	Answers pregnant(Integer weeks) {
		pregnant = true;
		this.weeks = weeks;
		return this;
	}

	Answers pressure(Integer systolic, Integer diastolic) {
		this.systolic = systolic;
		this.diastolic = diastolic;
		return this;
	}

	Answers withHypertension() {
		hypertension = true;
		return this;
	}

	Answers troubledByAnaesthesia(String what) {
		anaesthesiaProblems = true;
		anaesthesiaDescription = what;
		return this;
	}

	Answers complaining(String complaints) {
		this.complaints = complaints;
		return this;
	}

	Anamnesis answers() {
		return new Anamnesis(allergies, chronicDiseases, medications, anticoagulants, infections, otherInfections, pregnant,
				weeks, systolic, diastolic, hypertension, anaesthesiaProblems, anaesthesiaDescription, complaints);
	}
}
