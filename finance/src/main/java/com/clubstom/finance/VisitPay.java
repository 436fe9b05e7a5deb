package com.clubstom.finance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.ServiceRate;

/**
 * What procedures earn the people who did them, under each person's terms on the visit's day; a calculation, no storage.
 * <ul>
 * <li>The doctor: for a service their terms give a fixed amount for, that amount times the quantity <em>instead of</em>
 * the percentage (a clinic names a service's rate to pay it differently from the rest); for every other procedure their
 * percentage of its price times the quantity, before or after the discount as their terms say.</li>
 * <li>The assistant of a procedure (its own, or the visit's when it names none): their assistant's percentage of the
 * procedure's price after the discount. A doctor is not their own assistant.</li>
 * </ul>
 * Each procedure is a line of its own, rounded half up to the kopeck, so that an amendment withdrawing one procedure
 * takes back exactly what it paid. Lines of nothing (a free procedure) are left out; someone without terms, or whose
 * terms pay nothing for the work, earns no lines.
 */
final class VisitPay {

	private VisitPay() {
	}

	/**
	 * The lines each person earns, in the order of the procedures.
	 *
	 * @param source what the lines belong to ({@code visit:<id>}, {@code amendment:<id>}); names each procedure's line
	 * @param termsOf the terms of a staff member on the visit's day
	 */
	static Map<UUID, List<AccrualLine>> earned(String source, UUID doctor, UUID visitAssistant,
			List<PerformedProcedure> procedures, Function<UUID, Optional<PayTerms>> termsOf) {
		var terms = new HashMap<UUID, Optional<PayTerms>>();
		Function<UUID, Optional<PayTerms>> cached = person -> terms.computeIfAbsent(person, termsOf);
		var earned = new LinkedHashMap<UUID, List<AccrualLine>>();
		for (int index = 0; index < procedures.size(); index++) {
			var procedure = procedures.get(index);
			var place = source + "#" + index;
			if (doctor != null) {
				cached.apply(doctor).flatMap(doctorsTerms -> doctorsLine(place, procedure, doctorsTerms))
						.ifPresent(line -> earned.computeIfAbsent(doctor, person -> new ArrayList<>()).add(line));
			}
			var assistant = procedure.assistantId() != null ? procedure.assistantId() : visitAssistant;
			if (assistant != null && !assistant.equals(doctor)) {
				cached.apply(assistant).flatMap(assistantsTerms -> assistantsLine(place, procedure, assistantsTerms))
						.ifPresent(line -> earned.computeIfAbsent(assistant, person -> new ArrayList<>()).add(line));
			}
		}
		return earned;
	}

	/** The doctor's line: the service's fixed rate when the terms name one, otherwise the percentage of production. */
	static Optional<AccrualLine> doctorsLine(String place, PerformedProcedure procedure, PayTerms terms) {
		var rate = rateFor(procedure, terms);
		if (rate.isPresent()) {
			var amount = rate.get().amount().times(procedure.quantity());
			return line(AccrualKind.SERVICE_RATE, place, procedure, afterDiscount(procedure), null, rate.get().amount(), amount);
		}
		if (terms.productionShare() == null) {
			return Optional.empty();
		}
		var basis = terms.productionBase() == ProductionBase.BEFORE_DISCOUNT ? beforeDiscount(procedure)
				: afterDiscount(procedure);
		return line(AccrualKind.PRODUCTION_SHARE, place, procedure, basis, terms.productionShare(), null,
				terms.productionShare().applyTo(basis));
	}

	/** The assistant's line: their share of the procedure's price after the discount. */
	static Optional<AccrualLine> assistantsLine(String place, PerformedProcedure procedure, PayTerms terms) {
		if (terms.assistantShare() == null) {
			return Optional.empty();
		}
		var basis = afterDiscount(procedure);
		return line(AccrualKind.ASSISTANT_SHARE, place, procedure, basis, terms.assistantShare(), null,
				terms.assistantShare().applyTo(basis));
	}

	/** The procedure's figures as one text: the same procedure in a visit and in its amendment reads the same. */
	static String fingerprint(PerformedProcedure procedure) {
		return String.join("|", Objects.toString(procedure.serviceId(), ""), Objects.toString(procedure.code(), ""),
				Objects.toString(procedure.tooth(), ""), Objects.toString(procedure.surfaces(), ""),
				String.valueOf(procedure.quantity()), plain(procedure.unitPrice()), plain(procedure.discount()),
				Objects.toString(procedure.assistantId(), ""), Objects.toString(procedure.planItemId(), ""));
	}

	private static Optional<AccrualLine> line(AccrualKind kind, String place, PerformedProcedure procedure, Money basis,
			com.clubstom.staff.Percent percent, Money perService, Money amount) {
		if (amount.isZero()) {
			return Optional.empty();
		}
		return Optional.of(new AccrualLine(kind, place, fingerprint(procedure), procedure.code(), procedure.name(),
				procedure.tooth(), procedure.quantity(), basis, percent == null ? null : percent.value(), perService, amount,
				null));
	}

	private static Optional<ServiceRate> rateFor(PerformedProcedure procedure, PayTerms terms) {
		if (procedure.code() == null) {
			return Optional.empty();
		}
		var code = procedure.code().strip().toUpperCase(Locale.ROOT);
		return terms.serviceRates().stream().filter(rate -> code.equals(rate.serviceCode())).findFirst();
	}

	private static Money beforeDiscount(PerformedProcedure procedure) {
		return procedure.unitPrice().times(procedure.quantity());
	}

	private static Money afterDiscount(PerformedProcedure procedure) {
		return beforeDiscount(procedure).minus(procedure.discount());
	}

	private static String plain(Money money) {
		return money == null ? "" : money.amount().stripTrailingZeros().toPlainString();
	}
}
