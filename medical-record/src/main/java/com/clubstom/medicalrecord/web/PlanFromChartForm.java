package com.clubstom.medicalrecord.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clubstom.medicalrecord.ToothSurface;

/**
 * What the chart's planning mode posts: the teeth ticked on the chart, the service chosen, the surfaces, the plan (and
 * stage) to add to or a new plan with its doctor, and a note. One item per tooth comes of it.
 *
 * @see ChartPlanning
 */
public class PlanFromChartForm {

	/** The value of {@link #getTarget()} that starts a new plan. */
	public static final String NEW_PLAN = "new";

	private List<Integer> teeth = new ArrayList<>();
	private String service;
	private Set<ToothSurface> surfaces = EnumSet.noneOf(ToothSurface.class);
	private String target = NEW_PLAN;
	private String doctor;
	private String note;

	public List<Integer> getTeeth() {
		return teeth;
	}

	public void setTeeth(List<Integer> teeth) {
		this.teeth = teeth == null ? new ArrayList<>() : new ArrayList<>(teeth);
	}

	public String getService() {
		return service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public Set<ToothSurface> getSurfaces() {
		return surfaces;
	}

	public void setSurfaces(Set<ToothSurface> surfaces) {
		this.surfaces = surfaces == null || surfaces.isEmpty() ? EnumSet.noneOf(ToothSurface.class) : EnumSet.copyOf(surfaces);
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target == null || target.isBlank() ? NEW_PLAN : target;
	}

	public String getDoctor() {
		return doctor;
	}

	public void setDoctor(String doctor) {
		this.doctor = doctor;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
