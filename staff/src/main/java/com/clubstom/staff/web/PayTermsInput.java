package com.clubstom.staff.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import com.clubstom.kernel.Money;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.RuleViolation;
import com.clubstom.staff.ServiceRate;

/**
 * The pay dialog's form: the date the terms apply from, the salary, the percentage of production and its base, a few
 * per-service rows and the assistant's share, as typed ({@code 12 500,00} or {@code 12500.00}). A refused form comes
 * back unchanged; empty service rows are skipped.
 */
class PayTermsInput {

	/** Service rows the dialog always offers beyond those on record. */
	static final int SPARE_SERVICE_ROWS = 2;
	static final int LEAST_SERVICE_ROWS = 3;

	private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d+)?");
	private static final Pattern RATE_FIELD = Pattern.compile("serviceRates\\[(\\d+)]\\.(\\w+)");

	private Long version;
	private String effectiveFrom;
	private String salary;
	private String productionShare;
	private String productionBase = ProductionBase.AFTER_DISCOUNT.name();
	private List<RateInput> serviceRates = new ArrayList<>();
	private String assistantShare;

	/** The latest terms on record as a starting point, or an empty form; {@code from} is the date offered. */
	static PayTermsInput of(PayTerms latest, LocalDate from, long version, Locale locale) {
		var input = new PayTermsInput();
		input.version = version;
		input.effectiveFrom = from.toString();
		if (latest != null) {
			input.salary = latest.salary() == null ? null : plain(latest.salary().amount(), locale);
			input.productionShare = latest.productionShare() == null ? null : plain(latest.productionShare().value(), locale);
			if (latest.productionBase() != null) {
				input.productionBase = latest.productionBase().name();
			}
			latest.serviceRates().forEach(rate -> input.serviceRates.add(RateInput.of(rate, locale)));
			input.assistantShare = latest.assistantShare() == null ? null : plain(latest.assistantShare().value(), locale);
		}
		return input.fillRows();
	}

	/** Two spare service rows, and at least three in all. */
	PayTermsInput fillRows() {
		serviceRates.removeIf(row -> row == null);
		var wanted = Math.max(LEAST_SERVICE_ROWS, filledRows() + SPARE_SERVICE_ROWS);
		while (serviceRates.size() < wanted) {
			serviceRates.add(new RateInput());
		}
		return this;
	}

	private int filledRows() {
		int last = 0;
		for (int row = 0; row < serviceRates.size(); row++) {
			if (!serviceRates.get(row).isBlank()) {
				last = row + 1;
			}
		}
		return last;
	}

	/** The typed date; an unreadable one is reported beside its field. */
	LocalDate effectiveFrom(Errors errors) {
		if (effectiveFrom == null || effectiveFrom.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(effectiveFrom.strip());
		}
		catch (DateTimeParseException unreadable) {
			try {
				return LocalDate.parse(effectiveFrom.strip(), DateTimeFormatter.ofPattern("dd.MM.uuuu"));
			}
			catch (DateTimeParseException stillUnreadable) {
				errors.rejectValue("effectiveFrom", "pay.date.invalid");
				return null;
			}
		}
	}

	/**
	 * The typed terms, each unreadable amount or percentage reported beside its field ({@code null} then). Filled service
	 * rows keep their place: {@link #report} puts the domain's verdict on the row typed.
	 */
	PayTerms toTerms(Errors errors) {
		var terms = PayTerms.none();
		var salaryAmount = money(salary, "salary", errors);
		if (salaryAmount != null) {
			terms = terms.withSalary(salaryAmount);
		}
		var share = percent(productionShare, "productionShare", errors);
		if (share != null) {
			ProductionBase base = null;
			try {
				base = productionBase == null || productionBase.isBlank() ? null : ProductionBase.valueOf(productionBase);
			}
			catch (IllegalArgumentException unknown) {
				// reported by the domain as a missing base
			}
			terms = terms.withProductionShare(share, base);
		}
		for (int row = 0; row < serviceRates.size(); row++) {
			var typed = serviceRates.get(row);
			if (typed == null || typed.isBlank()) {
				continue;
			}
			var amount = money(typed.getAmount(), "serviceRates[" + row + "].amount", errors);
			terms = terms.withServiceRate(typed.getServiceCode(), amount);
		}
		var assistant = percent(assistantShare, "assistantShare", errors);
		if (assistant != null) {
			terms = terms.withAssistantShare(assistant);
		}
		return terms;
	}

	/**
	 * Puts each of the domain's violations beside the field typed: a service rate's on the form row it came from, the
	 * terms as a whole ({@code components}) above the form.
	 */
	void report(List<RuleViolation> violations, Errors errors) {
		var rows = new ArrayList<Integer>();
		for (int row = 0; row < serviceRates.size(); row++) {
			if (serviceRates.get(row) != null && !serviceRates.get(row).isBlank()) {
				rows.add(row);
			}
		}
		for (var violation : violations) {
			if ("components".equals(violation.field())) {
				if (errors.getGlobalErrors().stream().noneMatch(error -> violation.code().equals(error.getCode()))) {
					errors.reject(violation.code());
				}
				continue;
			}
			var field = violation.field();
			var matcher = RATE_FIELD.matcher(field);
			if (matcher.matches()) {
				var position = Integer.parseInt(matcher.group(1));
				field = "serviceRates[" + (position < rows.size() ? rows.get(position) : position) + "]." + matcher.group(2);
			}
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, violation.code());
			}
		}
	}

	private static Money money(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var amount = Money.parse(typed);
		if (amount.isEmpty()) {
			errors.rejectValue(field, "pay.amount.invalid");
		}
		return amount.orElse(null);
	}

	private static Percent percent(String typed, String field, Errors errors) {
		var number = number(typed);
		if (number == null) {
			return null;
		}
		if (!DECIMAL.matcher(number).matches() || new BigDecimal(number).stripTrailingZeros().scale() > 2) {
			errors.rejectValue(field, "pay.percent.invalid");
			return null;
		}
		return Percent.of(new BigDecimal(number));
	}

	/** {@code "12 500,50 ₽"}, {@code "12,500.50"} and {@code "12500.5"} all read {@code 12500.50}; blank is none. */
	private static String number(String typed) {
		if (typed == null) {
			return null;
		}
		var text = typed.replaceAll("[\\s\\u00a0\\u202f₽%]", "").replace("руб.", "").replace("р.", "");
		if (text.isEmpty()) {
			return null;
		}
		return text.contains(".") && text.contains(",") ? text.replace(",", "") : text.replace(',', '.');
	}

	/** As the form shows a stored number: no grouping, the locale's decimal sign, no needless zeros. */
	private static String plain(BigDecimal number, Locale locale) {
		var format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
		format.setMinimumFractionDigits(number.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(number);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getSalary() {
		return salary;
	}

	public void setSalary(String salary) {
		this.salary = salary;
	}

	public String getProductionShare() {
		return productionShare;
	}

	public void setProductionShare(String productionShare) {
		this.productionShare = productionShare;
	}

	public String getProductionBase() {
		return productionBase;
	}

	public void setProductionBase(String productionBase) {
		this.productionBase = productionBase;
	}

	public List<RateInput> getServiceRates() {
		return serviceRates;
	}

	public void setServiceRates(List<RateInput> serviceRates) {
		this.serviceRates = serviceRates;
	}

	public String getAssistantShare() {
		return assistantShare;
	}

	public void setAssistantShare(String assistantShare) {
		this.assistantShare = assistantShare;
	}

	/** One per-service row: the service's code and the amount paid for each. */
	static class RateInput {

		private String serviceCode;
		private String amount;

		static RateInput of(ServiceRate rate, Locale locale) {
			var input = new RateInput();
			input.serviceCode = rate.serviceCode();
			input.amount = plain(rate.amount().amount(), locale);
			return input;
		}

		boolean isBlank() {
			return (serviceCode == null || serviceCode.isBlank()) && (amount == null || amount.isBlank());
		}

		public String getServiceCode() {
			return serviceCode;
		}

		public void setServiceCode(String serviceCode) {
			this.serviceCode = serviceCode;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}
	}
}
