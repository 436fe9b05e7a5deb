package com.clubstom.medicalrecord;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a tooth stands after the findings recorded on it so far: how it is there (a natural tooth unless missing, an implant,
 * a pontic, a root remnant or impacted), the conditions of the whole tooth, what each surface has, and its diagnoses.
 */
@ValueObject
public record ToothState(Tooth tooth, ToothCondition presence, Set<ToothCondition> conditions,
		Map<ToothSurface, ToothCondition> surfaces, List<Diagnosis> diagnoses) {

	public ToothState {
		conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
		surfaces = surfaces.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(surfaces));
		diagnoses = List.copyOf(diagnoses);
	}

	static ToothState healthy(Tooth tooth) {
		return new ToothState(tooth, null, Set.of(), Map.of(), List.of());
	}

	/** Nothing recorded against it, or everything cleared. */
	public boolean isHealthy() {
		return presence == null && conditions.isEmpty() && surfaces.isEmpty();
	}

	public Optional<ToothCondition> presenceCondition() {
		return Optional.ofNullable(presence);
	}

	public boolean has(ToothCondition condition) {
		return condition == presence || conditions.contains(condition) || surfaces.containsValue(condition);
	}

	/** What {@code surface} has, if anything. */
	public Optional<ToothCondition> on(ToothSurface surface) {
		return Optional.ofNullable(surfaces.get(surface));
	}

	/** The tooth after {@code finding}. */
	ToothState after(Finding finding) {
		var condition = finding.condition();
		var newConditions = conditions.isEmpty() ? EnumSet.noneOf(ToothCondition.class) : EnumSet.copyOf(conditions);
		var newSurfaces = new EnumMap<ToothSurface, ToothCondition>(ToothSurface.class);
		newSurfaces.putAll(surfaces);
		var newPresence = presence;
		if (condition == ToothCondition.HEALTHY) {
			if (!finding.surfaces().isEmpty()) {
				finding.surfaces().forEach(newSurfaces::remove);
				return new ToothState(tooth, newPresence, newConditions, newSurfaces, diagnoses);
			}
			return new ToothState(tooth, null, Set.of(), Map.of(), diagnoses);
		}
		if (condition.needsSurfaces()) {
			finding.surfaces().forEach(surface -> newSurfaces.put(surface, condition));
			if (newPresence != null && newPresence.leavesNoNaturalTooth()) {
				newPresence = null; // a filling on a tooth recorded as missing: the earlier record was wrong
			}
		}
		else if (condition.isPresence()) {
			newPresence = condition;
			if (condition.leavesNoNaturalTooth()) {
				newSurfaces.clear();
				boolean crowned = newConditions.contains(ToothCondition.CROWN) && condition != ToothCondition.MISSING;
				newConditions.clear();
				if (crowned) {
					newConditions.add(ToothCondition.CROWN);
				}
			}
		}
		else {
			newConditions.add(condition);
			if (condition == ToothCondition.ROOT_CANAL_TREATED) {
				newConditions.remove(ToothCondition.PULPITIS); // the pulp is gone once the canals are filled
			}
		}
		return new ToothState(tooth, newPresence, newConditions, newSurfaces, diagnoses);
	}

	ToothState with(Diagnosis diagnosis) {
		var all = new java.util.ArrayList<>(diagnoses);
		all.add(diagnosis);
		return new ToothState(tooth, presence, conditions, surfaces, all);
	}
}
