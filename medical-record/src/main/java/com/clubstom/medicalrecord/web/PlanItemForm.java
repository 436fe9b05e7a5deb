package com.clubstom.medicalrecord.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.Discount;
import com.clubstom.medicalrecord.NewPlanItem;
import com.clubstom.medicalrecord.ToothSurface;

/**
 * The editor's form adding a service to a stage: the service picked from the catalogue, the tooth and its surfaces, how
 * many, a discount in percent or roubles and a note, all as typed so that a refused form comes back unchanged. What
 * cannot even be read (letters for a tooth) is reported beside the field before the plan is asked.
 */
public class PlanItemForm {

	private String service;
	private String tooth;
	private Set<ToothSurface> surfaces = EnumSet.noneOf(ToothSurface.class);
	private String quantity = "1";
	private String discount;
	private String discountUnit = "PERCENT";
	private String note;
	private long version;

	/** The item the plan is asked to add; the fields that cannot be read are put into {@code errors} instead. */
	NewPlanItem toItem(Map<String, String> errors) {
		var service = serviceId();
		if (service == null) {
			errors.put("service", "plan.item.service.required");
		}
		Integer onTooth = null;
		if (tooth != null && !tooth.isBlank()) {
			try {
				onTooth = Integer.valueOf(tooth.strip());
			}
			catch (NumberFormatException notANumber) {
				errors.put("tooth", "plan.item.tooth.invalid");
			}
		}
		int howMany = 0;
		try {
			howMany = Integer.parseInt(quantity == null ? "" : quantity.strip());
		}
		catch (NumberFormatException notANumber) {
			errors.put("quantity", "plan.item.quantity.range");
		}
		return new NewPlanItem(service, onTooth, surfaces, howMany, discount(errors), note);
	}

	private Discount discount(Map<String, String> errors) {
		if (discount == null || discount.isBlank()) {
			return null;
		}
		var amount = Money.parse(discount);
		if (amount.isEmpty()) {
			errors.put("discount", "plan.item.discount.invalid");
			return null;
		}
		// the same reading serves both units: "10" or "7,5" per cent, "1 500,00" roubles
		return "AMOUNT".equals(discountUnit) ? Discount.amount(amount.get()) : Discount.percent(amount.get().amount());
	}

	ClinicalServiceId serviceId() {
		try {
			return service == null || service.isBlank() ? null : new ClinicalServiceId(UUID.fromString(service.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	public String getService() {
		return service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public String getTooth() {
		return tooth;
	}

	public void setTooth(String tooth) {
		this.tooth = tooth;
	}

	public Set<ToothSurface> getSurfaces() {
		return surfaces;
	}

	public void setSurfaces(Set<ToothSurface> surfaces) {
		this.surfaces = surfaces == null || surfaces.isEmpty() ? EnumSet.noneOf(ToothSurface.class) : EnumSet.copyOf(surfaces);
	}

	public String getQuantity() {
		return quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public String getDiscount() {
		return discount;
	}

	public void setDiscount(String discount) {
		this.discount = discount;
	}

	public String getDiscountUnit() {
		return discountUnit;
	}

	public void setDiscountUnit(String discountUnit) {
		this.discountUnit = "AMOUNT".equals(discountUnit) ? "AMOUNT" : "PERCENT";
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
