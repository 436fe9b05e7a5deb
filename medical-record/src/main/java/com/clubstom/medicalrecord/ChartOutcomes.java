package com.clubstom.medicalrecord;

import java.util.List;
import java.util.Optional;

/**
 * What a service leaves on the tooth it is done on, for the chart, read from its code in the nomenclature of medical
 * services (order 804н): a restoration with a filling (A16.07.002, A16.07.003) leaves a filling on the surfaces, a
 * temporary one (A16.07.002.009) a temporary filling, fissure sealing a sealant, root canal filling (A16.07.008) a
 * treated canal, a crown (A16.07.004) a crown, an extraction (A16.07.001, A16.07.024) a missing tooth, an implant
 * (A16.07.054, not the healing abutment) an implant. Other services leave nothing the chart draws.
 */
public final class ChartOutcomes {

	/** Most specific first: the first code the service's code starts with decides. */
	private static final List<Rule> BY_CODE = List.of(
			new Rule("A16.07.002.009", ToothCondition.TEMPORARY_FILLING),
			new Rule("A16.07.002", ToothCondition.FILLING),
			new Rule("A16.07.003", ToothCondition.FILLING),
			new Rule("A16.07.057", ToothCondition.SEALANT),
			new Rule("A16.07.008", ToothCondition.ROOT_CANAL_TREATED),
			new Rule("A16.07.004", ToothCondition.CROWN),
			new Rule("A16.07.001", ToothCondition.MISSING),
			new Rule("A16.07.024", ToothCondition.MISSING),
			new Rule("A16.07.054.002", null),
			new Rule("A16.07.054", ToothCondition.IMPLANT));

	private ChartOutcomes() {
	}

	/** What a service with this nomenclature code leaves on the tooth, if anything. */
	public static Optional<ToothCondition> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return BY_CODE.stream().filter(rule -> code.equals(rule.code()) || code.startsWith(rule.code() + ".")).findFirst()
				.flatMap(rule -> Optional.ofNullable(rule.leaves()));
	}

	/** Services coded {@code code} or under it leave {@code leaves} (null: nothing). */
	private record Rule(String code, ToothCondition leaves) {
	}
}
