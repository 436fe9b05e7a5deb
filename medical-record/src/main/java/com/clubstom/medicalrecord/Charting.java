package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/**
 * The medical record's API for the dental chart: doctors and assistants record findings and diagnoses on a patient's
 * teeth; anyone treating the patient opens the chart as it stands or as it stood on a past day. Every view and entry is
 * written to the audit trail. Entries are facts in time, so two people recording on one chart at once both keep theirs:
 * the later save is retried on the fresh chart rather than refused.
 */
@Service
public class Charting {

	/** The section of the patient's record the audit trail names. */
	public static final String SECTION = "chart";

	private final DentalCharts charts;
	private final PatientRegistry registry;
	private final Icd10 icd10;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	Charting(DentalCharts charts, PatientRegistry registry, Icd10 icd10, AuditTrail audit, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone, TransactionOperations transactions,
			ObjectProvider<Actors> actors) {
		this.charts = charts;
		this.registry = registry;
		this.icd10 = icd10;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
		this.transactions = transactions;
		this.actors = actors;
	}

	/**
	 * A person opens the patient's chart: the view is recorded in the audit trail. A patient with nothing recorded yet
	 * has a blank chart.
	 *
	 * @throws UnknownPatientException when there is no such patient
	 */
	public OpenedChart open(PatientId patient) {
		var found = registry.open(patient, SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		return new OpenedChart(chartOf(patient), usualDentition(found));
	}

	/** The dentition to show a patient's chart in first, by their age today. */
	public Dentition usualDentitionOf(PatientId patient) {
		return registry.find(patient).map(this::usualDentition).orElse(Dentition.PERMANENT);
	}

	private Dentition usualDentition(Patient patient) {
		return Dentition.forAge(java.time.Period.between(patient.details().birthDate(), today()).getYears());
	}

	/** The patient's chart for other parts of the record (plans, visits), without an audit entry of its own. */
	public DentalChart chartOf(PatientId patient) {
		return charts.findById(patient.value()).orElseGet(() -> DentalChart.of(patient));
	}

	/**
	 * Records {@code condition} on {@code tooth} of the patient, by whoever is signed in.
	 *
	 * @throws InvalidChartEntryException when the surfaces do not suit the condition or the note is too long
	 * @throws UnknownPatientException when there is no such patient
	 */
	public Finding recordFinding(PatientId patient, Tooth tooth, ToothCondition condition, Set<ToothSurface> surfaces,
			String note) {
		var by = clinician();
		return change(patient, "tooth." + tooth,
				chart -> chart.record(tooth, condition, surfaces == null ? Set.of() : surfaces, note, clock.instant(), by));
	}

	/**
	 * Records the diagnosis {@code code} (ICD-10, K00–K14) for {@code tooth}, or for the mouth when it is null.
	 *
	 * @throws InvalidChartEntryException when the code is no code of the chapter, the date is in the future or the note
	 * too long
	 * @throws UnknownPatientException when there is no such patient
	 */
	public Diagnosis diagnose(PatientId patient, Tooth tooth, String code, LocalDate madeOn, String note) {
		var diagnosis = Icd10Code.parse(code).flatMap(parsed -> icd10.find(parsed.value()))
				.orElseThrow(() -> new InvalidChartEntryException(Stream.concat(
						Stream.of(new Violation("code", code == null || code.isBlank() ? "chart.diagnosis.code.required"
								: "chart.diagnosis.code.unknown")),
						madeOn != null && madeOn.isAfter(today()) ? Stream.of(new Violation("madeOn", "chart.diagnosis.date.future"))
								: Stream.<Violation>empty()).toList()));
		var doctor = clinician();
		return change(patient, tooth == null ? "diagnosis.mouth" : "diagnosis." + tooth,
				chart -> chart.diagnose(tooth, diagnosis, madeOn, today(), note, clock.instant(), doctor));
	}

	/** The days on which something was recorded on the chart, oldest first: the stops of the timeline. */
	public List<LocalDate> recordingDays(DentalChart chart) {
		return Stream.concat(chart.findings().stream().map(Finding::recordedAt),
				chart.diagnoses().stream().map(Diagnosis::recordedAt))
				.map(moment -> moment.atZone(zone).toLocalDate()).distinct().sorted().toList();
	}

	/** The last moment of {@code day} in the clinic: the chart "as of" a day includes all of that day. */
	public Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public ZoneId clinicZone() {
		return zone;
	}

	public Instant now() {
		return clock.instant();
	}

	private <T> T change(PatientId patient, String field, Function<DentalChart, T> entry) {
		var found = registry.find(patient).orElseThrow(() -> new UnknownPatientException(patient));
		return WriteConflicts.retried(() -> transactions.execute(status -> {
			var chart = chartOf(patient);
			var result = entry.apply(chart);
			charts.save(chart);
			audit.record(AuditAction.CHANGE, subject(found), SECTION, List.of(field));
			return result;
		}));
	}

	/**
	 * Records on the chart what a completed visit found and left: its diagnoses, and what its procedures left on the teeth
	 * (a filling on the surfaces, a crown, a missing tooth), inside the caller's transaction.
	 */
	void recordVisit(PatientId patient, List<Procedure> procedures, List<VisitDiagnosis> diagnoses, LocalDate day, Instant at,
			Clinician by) {
		var chart = chartOf(patient);
		var changed = false;
		for (var diagnosis : diagnoses) {
			var known = icd10.find(diagnosis.code());
			if (known.isPresent()) {
				chart.diagnose(diagnosis.tooth(), known.get(), day, day, null, at, by);
				changed = true;
			}
		}
		for (var procedure : procedures) {
			if (procedure.outcome() != null && procedure.tooth() != null) {
				chart.record(procedure.tooth(), procedure.outcome(),
						procedure.outcome().needsSurfaces() ? procedure.surfaces() : Set.of(), procedure.name(), at, by);
				changed = true;
			}
		}
		if (changed) {
			charts.save(chart);
		}
	}

	private Clinician clinician() {
		var actor = actors.getIfAvailable(() -> Actor::system).current();
		return new Clinician(actor.username(), actor.fullName());
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
