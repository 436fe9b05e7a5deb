package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;

/**
 * A clinical visit: a patient at the chair with a doctor (and an assistant) on a day, opened from their appointment or
 * directly. While open, the doctor records the procedures done, the diagnoses and the notes; completing it signs it off
 * and announces {@link VisitCompleted} with everything finance needs. A completed visit is never edited: a correction is
 * an {@link Amendment} with a reason, announced in {@link VisitAmended}. Doctor and assistant may edit at once, so
 * {@link Version} keeps one from overwriting the other.
 */
@AggregateRoot
@Document("visits")
public class Visit extends AbstractAggregateRoot<Visit> {

	/** A visit is a day's work; more lines than this are a mistake. */
	static final int MAXIMUM_PROCEDURES = 60;
	static final int MAXIMUM_QUANTITY = 32;

	@Id
	@Identity
	private final UUID id;

	@Indexed
	private final UUID patientId;

	@Indexed(unique = true, sparse = true)
	private final UUID appointmentId;

	private final LocalDate day;
	private final Practitioner doctor;
	private Practitioner assistant;
	private final Instant openedAt;
	private final String openedBy;
	private VisitStatus status;
	private final List<Procedure> procedures;
	private final List<VisitDiagnosis> diagnoses;
	private VisitNotes notes;
	private Instant completedAt;
	private Clinician completedBy;
	private final List<Amendment> amendments;

	@Version
	private Long version;

	@PersistenceCreator
	Visit(UUID id, UUID patientId, UUID appointmentId, LocalDate day, Practitioner doctor, Practitioner assistant,
			Instant openedAt, String openedBy, VisitStatus status, List<Procedure> procedures, List<VisitDiagnosis> diagnoses,
			VisitNotes notes, Instant completedAt, Clinician completedBy, List<Amendment> amendments, Long version) {
		this.id = id;
		this.patientId = patientId;
		this.appointmentId = appointmentId;
		this.day = day;
		this.doctor = doctor;
		this.assistant = assistant;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.status = status;
		this.procedures = procedures == null ? new ArrayList<>() : new ArrayList<>(procedures);
		this.diagnoses = diagnoses == null ? new ArrayList<>() : new ArrayList<>(diagnoses);
		this.notes = notes == null ? VisitNotes.BLANK : notes;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
		this.amendments = amendments == null ? new ArrayList<>() : new ArrayList<>(amendments);
		this.version = version;
	}

	/** Opens a visit of the patient with the doctor on {@code day}; {@code appointment} is null for a visit without one. */
	static Visit open(PatientId patient, UUID appointment, LocalDate day, Practitioner doctor, Practitioner assistant,
			Instant at, String by) {
		return new Visit(UUID.randomUUID(), patient.value(), appointment, day, doctor, assistant, at, by, VisitStatus.OPEN,
				List.of(), List.of(), VisitNotes.BLANK, null, null, List.of(), null);
	}

	/**
	 * Records a procedure done.
	 *
	 * @throws InvalidVisitException when the visit is completed, the line is invalid or the visit is full
	 */
	Procedure add(Procedure procedure) {
		stillOpen();
		var violations = checkLine(procedure);
		if (procedures.size() >= MAXIMUM_PROCEDURES) {
			violations.add(new Violation("service", "visit.procedures.too-many"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVisitException(violations);
		}
		procedures.add(procedure);
		return procedure;
	}

	/** Takes back a procedure recorded by mistake while the visit is open. */
	void remove(UUID procedure) {
		stillOpen();
		if (!procedures.removeIf(line -> line.id().equals(procedure))) {
			throw new InvalidVisitException("procedure", "visit.procedure.unknown");
		}
	}

	void writeNotes(VisitNotes written) {
		stillOpen();
		var violations = written.violations();
		if (!violations.isEmpty()) {
			throw new InvalidVisitException(violations);
		}
		notes = written;
	}

	void diagnose(VisitDiagnosis diagnosis) {
		stillOpen();
		if (!diagnoses.contains(diagnosis)) {
			diagnoses.add(diagnosis);
		}
	}

	void withdrawDiagnosis(int index) {
		stillOpen();
		if (index < 0 || index >= diagnoses.size()) {
			throw new InvalidVisitException("diagnosis", "visit.diagnosis.unknown");
		}
		diagnoses.remove(index);
	}

	void assistedBy(Practitioner newAssistant) {
		stillOpen();
		assistant = newAssistant;
	}

	/**
	 * Signs the visit off and announces {@link VisitCompleted}.
	 *
	 * @throws InvalidVisitException when it is completed already, or nothing was done (no procedure)
	 */
	void complete(Instant at, Clinician by) {
		stillOpen();
		if (current().isEmpty()) {
			throw new InvalidVisitException("service", "visit.complete.no-procedures");
		}
		status = VisitStatus.COMPLETED;
		completedAt = at;
		completedBy = by;
		registerEvent(completion());
	}

	/**
	 * What the visit's completion announced: for a completed visit without amendments, the very {@link VisitCompleted}
	 * (amendments are announced on their own, in {@link VisitAmended}).
	 */
	VisitCompleted completion() {
		return new VisitCompleted(id, appointmentId, patientId, doctor.staffMemberId(),
				assistant == null ? null : assistant.staffMemberId(), day, completedAt,
				current().stream().map(Procedure::performed).toList(), completedBy.username());
	}

	/**
	 * Corrects a completed visit: new notes (null to leave them), procedures added and procedures withdrawn, for a
	 * reason. Announces {@link VisitAmended}.
	 *
	 * @throws InvalidVisitException when the visit is still open, the reason is missing or too long, nothing changes,
	 * or a line is invalid
	 */
	Amendment amend(String reason, VisitNotes newNotes, List<Procedure> added, Set<UUID> withdrawn, Instant at, Clinician by) {
		if (status != VisitStatus.COMPLETED) {
			throw new InvalidVisitException("reason", "visit.amend.open");
		}
		var violations = new ArrayList<Violation>();
		var why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			violations.add(new Violation("reason", "visit.amend.reason.required"));
		}
		else if (why.length() > Amendment.REASON_MAX_LENGTH) {
			violations.add(new Violation("reason", "visit.amend.reason.too-long"));
		}
		var notesChange = newNotes != null && !newNotes.equals(notes);
		if (notesChange) {
			violations.addAll(newNotes.violations());
		}
		added.forEach(line -> violations.addAll(checkLine(line)));
		var withdrawing = current().stream().filter(line -> withdrawn.contains(line.id())).toList();
		if (withdrawing.size() != withdrawn.size()) {
			violations.add(new Violation("withdrawn", "visit.procedure.unknown"));
		}
		if (!notesChange && added.isEmpty() && withdrawn.isEmpty()) {
			violations.add(new Violation("reason", "visit.amend.nothing"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVisitException(violations);
		}
		var amendment = new Amendment(UUID.randomUUID(), why, at, by, notesChange ? notes : null,
				added.stream().map(Procedure::id).toList(), withdrawing.stream().map(Procedure::id).toList());
		if (notesChange) {
			notes = newNotes;
		}
		var withdrawnIds = new HashSet<>(withdrawn);
		procedures.replaceAll(line -> withdrawnIds.contains(line.id()) ? line.withdrawnBy(amendment.id()) : line);
		procedures.addAll(added);
		amendments.add(amendment);
		registerEvent(new VisitAmended(id, amendment.id(), appointmentId, patientId, doctor.staffMemberId(), why,
				added.stream().map(Procedure::performed).toList(), withdrawing.stream().map(Procedure::performed).toList(), at,
				by.username()));
		return amendment;
	}

	private static List<Violation> checkLine(Procedure line) {
		var violations = new ArrayList<Violation>();
		if (line.quantity() < 1 || line.quantity() > MAXIMUM_QUANTITY) {
			violations.add(new Violation("quantity", "visit.procedure.quantity"));
		}
		if (line.discount().isNegative()) {
			violations.add(new Violation("discount", "visit.procedure.discount.negative"));
		}
		else if (line.discount().compareTo(line.sum()) > 0) {
			violations.add(new Violation("discount", "visit.procedure.discount.too-much"));
		}
		if (line.outcome() != null && line.tooth() == null) {
			violations.add(new Violation("tooth", "visit.procedure.tooth.required"));
		}
		else if (line.outcome() != null && line.outcome().needsSurfaces() && line.surfaces().isEmpty()) {
			violations.add(new Violation("surfaces", "visit.procedure.surfaces.required"));
		}
		return violations;
	}

	private void stillOpen() {
		if (status != VisitStatus.OPEN) {
			throw new InvalidVisitException("status", "visit.completed.read-only");
		}
	}

	/** The procedures that stand: all but those withdrawn by amendments. */
	public List<Procedure> current() {
		return procedures.stream().filter(line -> !line.isWithdrawn()).toList();
	}

	/** What the patient owes for the visit: the standing procedures' totals. */
	public Money total() {
		return Money.sum(current().stream().map(Procedure::total).toList());
	}

	public Money discount() {
		return Money.sum(current().stream().map(Procedure::discount).toList());
	}

	public VisitId id() {
		return new VisitId(id);
	}

	public PatientId patientId() {
		return new PatientId(patientId);
	}

	public Optional<UUID> appointmentId() {
		return Optional.ofNullable(appointmentId);
	}

	public LocalDate day() {
		return day;
	}

	public Practitioner doctor() {
		return doctor;
	}

	public Practitioner assistant() {
		return assistant;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public String openedBy() {
		return openedBy;
	}

	public VisitStatus status() {
		return status;
	}

	public boolean isOpen() {
		return status == VisitStatus.OPEN;
	}

	/** Every procedure ever recorded, withdrawn ones included, in the order recorded. */
	public List<Procedure> procedures() {
		return List.copyOf(procedures);
	}

	public List<VisitDiagnosis> diagnoses() {
		return List.copyOf(diagnoses);
	}

	public VisitNotes notes() {
		return notes;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public Clinician completedBy() {
		return completedBy;
	}

	public List<Amendment> amendments() {
		return List.copyOf(amendments);
	}

	/** The events waiting to be published with the next save. */
	List<Object> announcements() {
		return List.copyOf(domainEvents());
	}

	/** The version the editor saw: 0 for a visit never saved, and a new one with every save. */
	public long version() {
		return version == null ? 0 : version + 1;
	}
}
