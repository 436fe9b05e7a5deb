package com.clubstom.staff;

import com.clubstom.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How one staff member is paid from {@link #effectiveFrom()} on, until the next terms of their {@link PayHistory}: any
 * mix of a fixed monthly salary, a percentage of their production (computed on the price before or after the discount),
 * fixed amounts per service, and, for assistants, a share of the production of the doctor they assisted. At least one
 * of them is present ({@link #violations()}).
 *
 * @param effectiveFrom the first day the terms apply; {@code null} until they are set in a history
 * @param salary the fixed monthly salary, or {@code null}
 * @param productionShare the percentage of the person's own production, or {@code null}
 * @param productionBase which price the percentage is computed on; {@code null} without a percentage
 * @param serviceRates fixed amounts per service code, each code at most once
 * @param assistantShare the percentage of the assisted doctor's production, or {@code null}
 */
@ValueObject
public record PayTerms(LocalDate effectiveFrom, Money salary, Percent productionShare, ProductionBase productionBase,
		List<ServiceRate> serviceRates, Percent assistantShare) {

	/** A salary or a per-service amount above this is a typing mistake (an extra zero or two). */
	public static final Money LARGEST_AMOUNT = Money.roubles(10_000_000);

	/** Codes of the nomenclature of medical services ({@code A16.07.002}) or the clinic's own ({@code K-12}). */
	private static final Pattern SERVICE_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,19}");

	public PayTerms {
		serviceRates = serviceRates == null ? List.of() : List.copyOf(serviceRates);
		productionBase = productionShare == null ? null : productionBase;
	}

	/** No component yet: start here and add them ({@code PayTerms.none().withSalary(...)}). */
	public static PayTerms none() {
		return new PayTerms(null, null, null, null, List.of(), null);
	}

	public PayTerms withSalary(Money monthly) {
		return new PayTerms(effectiveFrom, monthly, productionShare, productionBase, serviceRates, assistantShare);
	}

	public PayTerms withProductionShare(Percent share, ProductionBase base) {
		return new PayTerms(effectiveFrom, salary, share, base, serviceRates, assistantShare);
	}

	public PayTerms withServiceRate(String serviceCode, Money amount) {
		var rates = new ArrayList<>(serviceRates);
		rates.add(new ServiceRate(serviceCode, amount));
		return new PayTerms(effectiveFrom, salary, productionShare, productionBase, rates, assistantShare);
	}

	public PayTerms withAssistantShare(Percent share) {
		return new PayTerms(effectiveFrom, salary, productionShare, productionBase, serviceRates, share);
	}

	/** The same terms, applying from {@code date}. */
	public PayTerms from(LocalDate date) {
		return new PayTerms(date, salary, productionShare, productionBase, serviceRates, assistantShare);
	}

	/** Whether any component is present. */
	public boolean hasComponents() {
		return salary != null || productionShare != null || !serviceRates.isEmpty() || assistantShare != null;
	}

	/**
	 * The rules the terms keep, each broken one named as the form field ({@code salary}, {@code productionShare},
	 * {@code productionBase}, {@code serviceRates[<position>].serviceCode|amount}, {@code assistantShare}, or
	 * {@code components} for the terms as a whole): at least one component; amounts above zero and at most
	 * {@link #LARGEST_AMOUNT}; percentages above 0 and at most 100; a base for the production percentage; each service
	 * code readable and listed once. The effective date is a rule of the {@link PayHistory}.
	 */
	public List<RuleViolation> violations() {
		var violations = new ArrayList<RuleViolation>();
		if (!hasComponents()) {
			violations.add(new RuleViolation("components", "pay.terms.empty"));
		}
		checkAmount(salary, "salary", violations);
		if (productionShare != null) {
			checkShare(productionShare, "productionShare", violations);
			if (productionBase == null) {
				violations.add(new RuleViolation("productionBase", "pay.production-base.required"));
			}
		}
		var codes = new HashSet<String>();
		for (int position = 0; position < serviceRates.size(); position++) {
			var rate = serviceRates.get(position);
			var field = "serviceRates[" + position + "].";
			if (rate.serviceCode() == null || rate.serviceCode().isEmpty()) {
				violations.add(new RuleViolation(field + "serviceCode", "pay.service.code.required"));
			}
			else if (!SERVICE_CODE.matcher(rate.serviceCode()).matches()) {
				violations.add(new RuleViolation(field + "serviceCode", "pay.service.code.invalid"));
			}
			else if (!codes.add(rate.serviceCode())) {
				violations.add(new RuleViolation(field + "serviceCode", "pay.service.code.duplicate"));
			}
			if (rate.amount() == null) {
				violations.add(new RuleViolation(field + "amount", "pay.service.amount.required"));
			}
			checkAmount(rate.amount(), field + "amount", violations);
		}
		if (assistantShare != null) {
			checkShare(assistantShare, "assistantShare", violations);
		}
		return violations;
	}

	private static void checkAmount(Money amount, String field, List<RuleViolation> violations) {
		if (amount == null) {
			return;
		}
		if (!amount.isPositive()) {
			violations.add(new RuleViolation(field, "pay.amount.not-positive"));
		}
		else if (amount.compareTo(LARGEST_AMOUNT) > 0) {
			violations.add(new RuleViolation(field, "pay.amount.too-large"));
		}
	}

	private static void checkShare(Percent share, String field, List<RuleViolation> violations) {
		if (!share.isAShare()) {
			violations.add(new RuleViolation(field, "pay.percent.out-of-range"));
		}
	}
}
