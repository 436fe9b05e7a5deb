package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.Money;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberId;

/**
 * The medical record's API for clinical visits. A visit is opened from the patient's appointment (once per appointment,
 * however often it is asked) or directly; doctors and assistants record procedures priced from the catalogue on the
 * visit's day, diagnoses and notes; completing it writes its findings to the dental chart and announces
 * {@link VisitCompleted} in the same transaction. A completed visit changes only by amendment. Every view and change is
 * in the patient's audit trail.
 */
@Service
public class ClinicalVisits {

	/** The section of the patient's record the audit trail names. */
	public static final String SECTION = "visits";

	private final Visits visits;
	private final ServiceCatalogue catalogue;
	private final TreatmentPlans plans;
	private final Charting charting;
	private final Icd10 icd10;
	private final PatientRegistry registry;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	ClinicalVisits(Visits visits, ServiceCatalogue catalogue, TreatmentPlans plans, Charting charting, Icd10 icd10, PatientRegistry registry,
			StaffDirectory staff, AuditTrail audit, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone, TransactionOperations transactions,
			ObjectProvider<Actors> actors) {
		this.visits = visits;
		this.catalogue = catalogue;
		this.plans = plans;
		this.charting = charting;
		this.icd10 = icd10;
		this.registry = registry;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
		this.transactions = transactions;
		this.actors = actors;
	}

	/**
	 * The visit of an appointment: the one already opened for it, or a new one with the doctor on the appointment's day,
	 * the services booked prefilled where they need no tooth (the doctor adds those done on teeth).
	 *
	 * @throws UnknownPatientException when there is no such patient
	 * @throws InvalidVisitException when the doctor is unknown
	 */
	public Visit openForAppointment(UUID appointment, PatientId patient, StaffMemberId doctor, LocalDate day,
			List<ClinicalServiceId> booked) {
		return visits.findByAppointmentId(appointment).orElseGet(() -> {
			try {
				return opened(patient, appointment, day, doctor, booked);
			}
			catch (org.springframework.dao.DuplicateKeyException openedAtTheSameMoment) {
				return visits.findByAppointmentId(appointment).orElseThrow(() -> openedAtTheSameMoment);
			}
		});
	}

	/**
	 * A visit without an appointment, today, with the doctor.
	 *
	 * @throws UnknownPatientException when there is no such patient
	 * @throws InvalidVisitException when the doctor is unknown
	 */
	public Visit openDirectly(PatientId patient, StaffMemberId doctor) {
		return opened(patient, null, today(), doctor, List.of());
	}

	private Visit opened(PatientId patient, UUID appointment, LocalDate day, StaffMemberId doctor,
			List<ClinicalServiceId> booked) {
		var found = patientOf(patient);
		var treating = practitioner(doctor).orElseThrow(() -> new InvalidVisitException("doctor", "visit.doctor.unknown"));
		var actor = actor();
		return transactions.execute(status -> {
			var visit = Visit.open(patient, appointment, day, treating, null, clock.instant(), actor.username());
			for (var service : booked) {
				catalogue.find(service).filter(known -> !known.perTooth()).ifPresent(known -> visit
						.add(line(known, day, new ProcedureRequest(service, null, Set.of(), 1, null, null, null), Discount.NONE)));
			}
			audit.record(AuditAction.CHANGE, subject(found), SECTION, List.of("opened"));
			return visits.save(visit);
		});
	}

	/** The visit, with its view recorded in the patient's audit trail. */
	public Optional<Visit> open(VisitId id) {
		var visit = visits.findById(id.value());
		visit.ifPresent(found -> registry.open(found.patientId(), SECTION));
		return visit;
	}

	/** The visit, for other parts of the record, without an audit entry of its own. */
	public Optional<Visit> find(VisitId id) {
		return visits.findById(id.value());
	}

	public Optional<Visit> ofAppointment(UUID appointment) {
		return visits.findByAppointmentId(appointment);
	}

	/** Whether any visit is on record (the demo leaves a clinic's own record alone). */
	public boolean anyOnRecord() {
		return visits.count() > 0;
	}

	/** The patient's visits, the latest first, as the card's tab lists them: the view is recorded in the audit trail. */
	public List<VisitSummary> openHistoryOf(PatientId patient) {
		registry.open(patient, SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		return visits.findSummariesByPatientIdOrderByDayDescOpenedAtDesc(patient.value());
	}

	/** The patient's visits in full, the latest first (the API): the view is recorded in the audit trail. */
	public List<Visit> openVisitsOf(PatientId patient) {
		registry.open(patient, SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		return historyOf(patient);
	}

	/** The patient's visits, the latest first, for other parts of the record, without an audit entry of its own. */
	public List<Visit> historyOf(PatientId patient) {
		return visits.findByPatientIdOrderByDayDescOpenedAtDesc(patient.value());
	}

	/**
	 * The completions of the visits held from {@code from} to {@code to} (both included), as {@link VisitCompleted}
	 * announced them: for bringing a ledger or a report up to date with the record. Amended visits are left out, as their
	 * completion alone no longer tells what was done.
	 */
	public List<VisitCompleted> completionsBetween(LocalDate from, LocalDate to) {
		return visits.findByStatusAndDayBetween(VisitStatus.COMPLETED, from.minusDays(1), to.plusDays(1)).stream()
				.filter(visit -> visit.amendments().isEmpty()).map(Visit::completion).toList();
	}

	/**
	 * Records a procedure priced from the catalogue on the visit's day.
	 *
	 * @throws InvalidVisitException when the service, tooth, surfaces, quantity or discount break a rule
	 * @throws VisitChangedMeanwhileException when the visit changed since {@code seenVersion}
	 */
	public Procedure addProcedure(VisitId id, long seenVersion, ProcedureRequest request) {
		return change(id, seenVersion, "procedures", visit -> visit.add(line(request, visit)));
	}

	public void removeProcedure(VisitId id, long seenVersion, UUID procedure) {
		edit(id, seenVersion, "procedures", visit -> visit.remove(procedure));
	}

	public void writeNotes(VisitId id, long seenVersion, VisitNotes notes) {
		edit(id, seenVersion, "notes", visit -> visit.writeNotes(notes));
	}

	/**
	 * Adds a diagnosis (ICD-10, dental chapter) for a tooth or the mouth.
	 *
	 * @throws InvalidVisitException when the code is no code of the classifier, or the tooth no FDI tooth
	 */
	public void diagnose(VisitId id, long seenVersion, Integer tooth, String code) {
		var disease = Icd10Code.parse(code).flatMap(parsed -> icd10.find(parsed.value()))
				.orElseThrow(() -> new InvalidVisitException("code",
						code == null || code.isBlank() ? "chart.diagnosis.code.required" : "chart.diagnosis.code.unknown"));
		var onTooth = toothOf(tooth);
		edit(id, seenVersion, "diagnoses",
				visit -> visit.diagnose(new VisitDiagnosis(onTooth, disease.code().value())));
	}

	public void withdrawDiagnosis(VisitId id, long seenVersion, int index) {
		edit(id, seenVersion, "diagnoses", visit -> visit.withdrawDiagnosis(index));
	}

	/** Names the assistant at the chair (null for none); new procedures are credited to them. */
	public void assistedBy(VisitId id, long seenVersion, StaffMemberId assistant) {
		var helper = assistant == null ? null
				: practitioner(assistant).orElseThrow(() -> new InvalidVisitException("assistant", "visit.assistant.unknown"));
		edit(id, seenVersion, "assistant", visit -> visit.assistedBy(helper));
	}

	/**
	 * Signs the visit off: the chart gets its diagnoses and what its procedures left on the teeth, and
	 * {@link VisitCompleted} is published, all in one transaction.
	 *
	 * @throws InvalidVisitException when it has no procedures or is completed already
	 * @throws VisitChangedMeanwhileException when the visit changed since {@code seenVersion}
	 */
	public void complete(VisitId id, long seenVersion) {
		var by = clinician();
		WriteConflicts.retried(() -> change(id, seenVersion, "completed", visit -> {
			var at = clock.instant();
			visit.complete(at, by);
			charting.recordVisit(visit.patientId(), visit.current(), visit.diagnoses(), visit.day(), at, by);
			return visit;
		}));
	}

	/**
	 * Corrects a completed visit for a reason: new notes (null leaves them), procedures added, procedures withdrawn;
	 * what the added procedures leave on the teeth goes on the chart.
	 *
	 * @throws InvalidVisitException when the reason is missing, nothing changes or a line breaks a rule
	 */
	public Amendment amend(VisitId id, long seenVersion, String reason, VisitNotes notes, List<ProcedureRequest> added,
			Set<UUID> withdrawn) {
		var by = clinician();
		return WriteConflicts.retried(() -> change(id, seenVersion, "amendment", visit -> {
			var at = clock.instant();
			var lines = new ArrayList<Procedure>();
			for (var request : added) {
				lines.add(line(request, visit));
			}
			var amendment = visit.amend(reason, notes, lines, withdrawn, at, by);
			charting.recordVisit(visit.patientId(), lines, List.of(), visit.day(), at, by);
			return amendment;
		}));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public ZoneId clinicZone() {
		return zone;
	}

	/**
	 * The line of a request: priced from the catalogue on the visit's day, or, when it carries out a plan's item still to
	 * be done, at the price and discount the patient accepted with the plan.
	 */
	private Procedure line(ProcedureRequest request, Visit visit) {
		var discount = Discount.parse(request.discount()).filter(Discount::isSensible)
				.orElseThrow(() -> new InvalidVisitException("discount", "visit.procedure.discount.invalid"));
		var service = request.service() == null ? null : catalogue.find(request.service()).orElse(null);
		if (service == null) {
			throw new InvalidVisitException("service", "visit.procedure.service.required");
		}
		var line = line(service, visit.day(), request, discount);
		if (request.planItem() == null) {
			return line;
		}
		var planned = plans.outstandingWorkOf(visit.patientId()).stream()
				.filter(work -> work.itemId().equals(request.planItem()) && work.service().equals(service.id())).findFirst()
				.orElseThrow(() -> new InvalidVisitException("service", "visit.procedure.plan-item.unknown"));
		return line.asAgreed(planned.unitPrice(), planned.discount());
	}

	/** The plan's work still to be done for the patient, less what this open visit already carries out. */
	public List<PlannedWork> plannedWorkFor(Visit visit) {
		var carried = visit.current().stream().map(Procedure::planItemId).filter(java.util.Objects::nonNull).toList();
		return plans.outstandingWorkOf(visit.patientId()).stream().filter(work -> !carried.contains(work.itemId())).toList();
	}

	private Procedure line(ClinicalService service, LocalDate day, ProcedureRequest request, Discount discount) {
		var violations = new ArrayList<Violation>();
		var price = service.priceOn(day);
		if (price.isEmpty()) {
			violations.add(new Violation("service", "visit.procedure.service.unpriced"));
		}
		Tooth tooth = null;
		if (request.tooth() != null && !Tooth.isValid(request.tooth())) {
			violations.add(new Violation("tooth", "visit.procedure.tooth.invalid"));
		}
		else if (request.tooth() != null) {
			tooth = Tooth.of(request.tooth());
		}
		else if (service.perTooth()) {
			violations.add(new Violation("tooth", "visit.procedure.tooth.required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVisitException(violations);
		}
		var outcome = tooth == null ? null : ChartOutcomes.of(service.code()).orElse(null);
		var assistant = request.assistant() == null ? null
				: practitioner(new StaffMemberId(request.assistant()))
						.orElseThrow(() -> new InvalidVisitException("assistant", "visit.assistant.unknown"));
		var unitPrice = price.get();
		var sum = unitPrice.times(Math.max(request.quantity(), 0));
		return new Procedure(UUID.randomUUID(), service.id().value(), service.code(), service.name(), tooth,
				request.surfaces(), request.quantity(), unitPrice, discount.on(sum), assistant, request.planItem(), outcome,
				clock.instant(), actor().username(), null);
	}

	private <T> T change(VisitId id, long seenVersion, String field, Function<Visit, T> change) {
		try {
			return transactions.execute(status -> {
				var visit = visits.findById(id.value()).orElseThrow(() -> new UnknownVisitException(id));
				if (visit.version() != seenVersion) {
					throw new VisitChangedMeanwhileException(id);
				}
				var result = change.apply(visit);
				visits.save(visit);
				audit.record(AuditAction.CHANGE, subject(patientOf(visit.patientId())), SECTION, List.of(field));
				return result;
			});
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			throw new VisitChangedMeanwhileException(id);
		}
	}

	private void edit(VisitId id, long seenVersion, String field, Consumer<Visit> edit) {
		change(id, seenVersion, field, visit -> {
			edit.accept(visit);
			return null;
		});
	}

	private Optional<Practitioner> practitioner(StaffMemberId id) {
		return staff.find(id).map(member -> new Practitioner(member.id().value(), member.fullName()));
	}

	private static Tooth toothOf(Integer number) {
		if (number == null) {
			return null;
		}
		if (!Tooth.isValid(number)) {
			throw new InvalidVisitException("tooth", "visit.procedure.tooth.invalid");
		}
		return Tooth.of(number);
	}

	private Patient patientOf(PatientId patient) {
		return registry.find(patient).orElseThrow(() -> new UnknownPatientException(patient));
	}

	private Actor actor() {
		return actors.getIfAvailable(() -> Actor::system).current();
	}

	private Clinician clinician() {
		var actor = actor();
		return new Clinician(actor.username(), actor.fullName());
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
