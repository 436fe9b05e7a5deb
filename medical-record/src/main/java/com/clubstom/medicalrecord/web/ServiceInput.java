package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceCsv;
import com.clubstom.medicalrecord.ServiceDetails;

/**
 * The service dialog as typed: every field a string, so whatever was typed comes back with the reason beside it. A new
 * service also carries its first price and the date it takes effect; the price dialog carries only those two.
 */
public class ServiceInput {

	private String name;
	private String code;
	private String category;
	private String duration;
	private boolean perTooth;
	private String price;
	private String effectiveFrom;
	private Long version;

	static ServiceInput of(ClinicalService service, LocalDate effectiveFrom) {
		var input = new ServiceInput();
		input.name = service.name();
		input.code = service.code();
		input.category = service.category().name();
		input.duration = String.valueOf(service.durationMinutes());
		input.perTooth = service.perTooth();
		input.price = service.priceOn(effectiveFrom).map(money -> money.amount().toPlainString()).orElse(null);
		input.effectiveFrom = effectiveFrom.toString();
		input.version = service.version();
		return input;
	}

	/** The typed description; an unknown category or an unreadable duration is reported by the rules as missing. */
	ServiceDetails toDetails() {
		ServiceCategory chosen = null;
		try {
			chosen = category == null || category.isBlank() ? null : ServiceCategory.valueOf(category);
		}
		catch (IllegalArgumentException unknown) {
			// reported as a missing category
		}
		int minutes = 0;
		try {
			minutes = duration == null ? 0 : Integer.parseInt(duration.strip());
		}
		catch (NumberFormatException notANumber) {
			// reported as an invalid duration
		}
		return new ServiceDetails(name, code, chosen, minutes, perTooth);
	}

	/** The typed price; an unreadable one is reported beside its field ({@code null} then). */
	Money price(Errors errors) {
		var money = Money.parse(price).orElse(null);
		if (money == null && price != null && !price.isBlank()) {
			errors.rejectValue("price", "service.price.invalid");
		}
		return money;
	}

	/** The typed date; an unreadable one is reported beside its field ({@code null} then). */
	LocalDate effectiveFrom(Errors errors) {
		if (effectiveFrom == null || effectiveFrom.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(effectiveFrom.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue("effectiveFrom", "service.date.invalid");
			return null;
		}
	}


	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDuration() {
		return duration;
	}

	public void setDuration(String duration) {
		this.duration = duration;
	}

	public boolean isPerTooth() {
		return perTooth;
	}

	public void setPerTooth(boolean perTooth) {
		this.perTooth = perTooth;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price;
	}

	public String getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
