package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The dental chart as it stood at {@code asOf}: every tooth with something recorded (the others are healthy), and the
 * diagnoses for the mouth as a whole.
 */
@ValueObject
public record ChartState(Instant asOf, Map<Tooth, ToothState> teeth, List<Diagnosis> mouthDiagnoses) {

	public ChartState {
		teeth = java.util.Collections.unmodifiableMap(new TreeMap<>(teeth));
		mouthDiagnoses = List.copyOf(mouthDiagnoses);
	}

	/** The state of {@code tooth}; healthy when nothing was recorded. */
	public ToothState of(Tooth tooth) {
		return teeth.getOrDefault(tooth, ToothState.healthy(tooth));
	}

	/** Whether anything on the primary teeth was recorded: the chart then offers the mixed dentition. */
	public boolean hasPrimaryTeethRecorded() {
		return teeth.keySet().stream().anyMatch(Tooth::isPrimary);
	}
}
