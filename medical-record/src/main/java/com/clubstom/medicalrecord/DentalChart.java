package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.patients.PatientId;

/**
 * A patient's dental chart: every finding and diagnosis ever recorded, in order, never changed or removed. How the
 * teeth stand on any day follows from the entries recorded until then ({@link #asOf}), so the chart can be looked at as
 * it was at any past visit. One chart per patient, keyed by the patient's id.
 */
@AggregateRoot
@Document("dental_charts")
public class DentalChart extends AbstractAggregateRoot<DentalChart> {

	static final int NOTE_MAX_LENGTH = 500;

	@Id
	@Identity
	private final UUID patientId;

	private final List<Finding> findings;
	private final List<Diagnosis> diagnoses;

	@Version
	private Long version;

	@PersistenceCreator
	DentalChart(UUID patientId, List<Finding> findings, List<Diagnosis> diagnoses, Long version) {
		this.patientId = patientId;
		this.findings = findings == null ? new ArrayList<>() : new ArrayList<>(findings);
		this.diagnoses = diagnoses == null ? new ArrayList<>() : new ArrayList<>(diagnoses);
		this.version = version;
	}

	/** A blank chart: every tooth healthy until something is recorded. */
	static DentalChart of(PatientId patient) {
		return new DentalChart(patient.value(), List.of(), List.of(), null);
	}

	/**
	 * Records {@code condition} on {@code tooth}: on the given surfaces for caries, fillings and sealants (which need
	 * them), on the whole tooth otherwise. {@link ToothCondition#HEALTHY} clears the given surfaces, or the tooth.
	 *
	 * @throws InvalidChartEntryException when the surfaces do not suit the condition, or the note is too long
	 */
	Finding record(Tooth tooth, ToothCondition condition, Set<ToothSurface> surfaces, String note, Instant at, Clinician by) {
		var violations = new ArrayList<Violation>();
		if (condition == null) {
			violations.add(new Violation("condition", "chart.condition.required"));
		}
		else if (condition.needsSurfaces() && surfaces.isEmpty()) {
			violations.add(new Violation("surfaces", "chart.surfaces.required"));
		}
		else if ((condition.isOfWholeTooth() || condition.isPresence()) && !surfaces.isEmpty()) {
			violations.add(new Violation("surfaces", "chart.surfaces.not-for-condition"));
		}
		checkNote(note, violations);
		if (!violations.isEmpty()) {
			throw new InvalidChartEntryException(violations);
		}
		var finding = new Finding(UUID.randomUUID(), tooth, condition, surfaces, note, at, by);
		findings.add(finding);
		registerEvent(new FindingRecorded(patientId, finding.id(), tooth.number(), condition, finding.surfaces(), at, by.username()));
		return finding;
	}

	/**
	 * Records the diagnosis {@code code} for {@code tooth} (or the mouth, when null) made on {@code madeOn}.
	 *
	 * @throws InvalidChartEntryException when the date is after {@code today}, or the note is too long
	 */
	Diagnosis diagnose(Tooth tooth, DiseaseClass diagnosis, LocalDate madeOn, LocalDate today, String note, Instant at,
			Clinician doctor) {
		var violations = new ArrayList<Violation>();
		if (madeOn == null) {
			violations.add(new Violation("madeOn", "chart.diagnosis.date.required"));
		}
		else if (madeOn.isAfter(today)) {
			violations.add(new Violation("madeOn", "chart.diagnosis.date.future"));
		}
		checkNote(note, violations);
		if (!violations.isEmpty()) {
			throw new InvalidChartEntryException(violations);
		}
		var made = new Diagnosis(UUID.randomUUID(), tooth, diagnosis.code().value(), madeOn, note, at, doctor);
		diagnoses.add(made);
		registerEvent(new DiagnosisMade(patientId, made.id(), tooth == null ? null : tooth.number(), made.code(), madeOn, at,
				doctor.username()));
		return made;
	}

	/** The chart as it stood at {@code moment}: the entries recorded until then, applied in order. */
	public ChartState asOf(Instant moment) {
		var teeth = new HashMap<Tooth, ToothState>();
		findings.stream().filter(finding -> !finding.recordedAt().isAfter(moment))
				.sorted(Comparator.comparing(Finding::recordedAt))
				.forEach(finding -> teeth.merge(finding.tooth(), ToothState.healthy(finding.tooth()).after(finding),
						(state, unused) -> state.after(finding)));
		var mouth = new ArrayList<Diagnosis>();
		diagnoses.stream().filter(diagnosis -> !diagnosis.recordedAt().isAfter(moment))
				.sorted(Comparator.comparing(Diagnosis::madeOn).thenComparing(Diagnosis::recordedAt))
				.forEach(diagnosis -> diagnosis.onTooth().ifPresentOrElse(
						tooth -> teeth.put(tooth, teeth.getOrDefault(tooth, ToothState.healthy(tooth)).with(diagnosis)),
						() -> mouth.add(diagnosis)));
		return new ChartState(moment, teeth, mouth);
	}

	public PatientId patient() {
		return new PatientId(patientId);
	}

	/** Every finding in the order recorded. */
	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	/** Every diagnosis in the order recorded. */
	public List<Diagnosis> diagnoses() {
		return List.copyOf(diagnoses);
	}

	long version() {
		return version == null ? 0 : version;
	}

	private static void checkNote(String note, List<Violation> violations) {
		if (note != null && note.strip().length() > NOTE_MAX_LENGTH) {
			violations.add(new Violation("note", "chart.note.too-long"));
		}
	}
}
