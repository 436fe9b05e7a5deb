package com.clubstom.medicalrecord.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ProcedureRequest;
import com.clubstom.medicalrecord.ToothSurface;

/** A procedure as the visit page's form sends it: service, tooth, surface letters, quantity, discount, assistant, plan item. */
public class ProcedureForm {

	private UUID service;
	private Integer tooth;
	private List<String> surfaces = List.of();
	private int quantity = 1;
	private String discount;
	private UUID assistant;
	private UUID planItem;

	ProcedureRequest request() {
		var set = EnumSet.noneOf(ToothSurface.class);
		surfaces.forEach(letter -> set.add(ToothSurface.ofLetter(letter)));
		return new ProcedureRequest(service == null ? null : new ClinicalServiceId(service), tooth, set, quantity, discount,
				assistant, planItem);
	}

	/** Whether the form names a service at all (an amendment may add none). */
	boolean isFilled() {
		return service != null;
	}

	public UUID getService() {
		return service;
	}

	public void setService(UUID service) {
		this.service = service;
	}

	public Integer getTooth() {
		return tooth;
	}

	public void setTooth(Integer tooth) {
		this.tooth = tooth;
	}

	public List<String> getSurfaces() {
		return surfaces;
	}

	public void setSurfaces(List<String> surfaces) {
		this.surfaces = surfaces == null ? List.of()
				: surfaces.stream().filter(letter -> letter != null && letter.matches("[MODBLIVPmodblivp]")).toList();
	}

	public int getQuantity() {
		return quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

	public String getDiscount() {
		return discount;
	}

	public void setDiscount(String discount) {
		this.discount = discount;
	}

	public UUID getAssistant() {
		return assistant;
	}

	public void setAssistant(UUID assistant) {
		this.assistant = assistant;
	}

	public UUID getPlanItem() {
		return planItem;
	}

	public void setPlanItem(UUID planItem) {
		this.planItem = planItem;
	}
}
