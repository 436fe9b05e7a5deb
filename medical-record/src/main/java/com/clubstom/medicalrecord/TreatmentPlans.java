package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

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
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * The medical record's API for treatment plans: doctors (and assistants drafting for them) make plans of stages and
 * items priced from the catalogue, propose them to the patient, and record whether the patient accepted or declined;
 * visits carry out the items of accepted plans ({@link #outstandingWorkOf}) and mark them done when
 * {@link VisitCompleted} is heard. Every change is checked against the version the editor saw, saved with its events
 * and audited in one transaction; views are audited by the pages showing them ({@link #open}, {@link #openForPrinting}).
 */
@Service
public class TreatmentPlans {

	/** The section of the patient's record the audit trail names. */
	public static final String SECTION = "plans";

	private static final Comparator<TreatmentPlan> NEWEST_FIRST = Comparator.comparing(TreatmentPlan::date)
			.thenComparing(plan -> plan.history().get(0).at()).reversed();

	private final StoredTreatmentPlans plans;
	private final ServiceCatalogue catalogue;
	private final PatientRegistry registry;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	TreatmentPlans(StoredTreatmentPlans plans, ServiceCatalogue catalogue, PatientRegistry registry, StaffDirectory staff,
			AuditTrail audit, Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone,
			TransactionOperations transactions, ObjectProvider<Actors> actors) {
		this.plans = plans;
		this.catalogue = catalogue;
		this.registry = registry;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
		this.transactions = transactions;
		this.actors = actors;
	}

	/**
	 * The not-yet-done items of the patient's accepted and in-progress plans, plan by plan, stage by stage: what a visit
	 * may carry out.
	 */
	public List<PlannedWork> outstandingWorkOf(PatientId patient) {
		return plans.findByPatientIdAndStatusIn(patient.value(), List.of(PlanStatus.ACCEPTED, PlanStatus.IN_PROGRESS))
				.stream().sorted(NEWEST_FIRST.reversed()).flatMap(plan -> plan.outstandingWork().stream()).toList();
	}

	/**
	 * A person opens the patient's plans: the view is recorded in the audit trail.
	 *
	 * @return the patient's plans, the newest first
	 * @throws UnknownPatientException when there is no such patient
	 */
	public List<TreatmentPlan> open(PatientId patient) {
		registry.open(patient, SECTION).orElseThrow(() -> new UnknownPatientException(patient));
		return plansOf(patient);
	}

	/** The patient's plans for other parts of the record (the chart), the newest first, without an audit entry. */
	public List<TreatmentPlan> plansOf(PatientId patient) {
		return plans.findByPatientId(patient.value()).stream().sorted(NEWEST_FIRST).toList();
	}

	/** The plan, when it is one of the patient's. */
	public Optional<TreatmentPlan> find(PatientId patient, TreatmentPlanId plan) {
		return plans.findById(plan.value()).filter(found -> found.patient().equals(patient));
	}

	/**
	 * The plan, which must be one of the patient's.
	 *
	 * @throws UnknownPlanException when the patient has no such plan
	 */
	public TreatmentPlan planOf(PatientId patient, TreatmentPlanId plan) {
		return find(patient, plan).orElseThrow(() -> new UnknownPlanException(plan));
	}

	/**
	 * The plan printed for the patient to sign: the printout is recorded in the audit trail.
	 *
	 * @throws UnknownPlanException when the patient has no such plan
	 */
	public TreatmentPlan openForPrinting(PatientId patient, TreatmentPlanId plan) {
		var found = planOf(patient, plan);
		registry.find(patient).ifPresent(holder -> audit.record(AuditAction.EXPORT, subject(holder), SECTION,
				List.of("plan." + plan)));
		return found;
	}

	/**
	 * Starts a draft for the patient titled {@code title}, by {@code doctor}, priced today, with a first stage holding
	 * {@code items} (none, or the teeth picked on the chart): all of it or nothing.
	 *
	 * @throws InvalidPlanException when a title is blank or too long, the doctor unknown or an item breaks a rule
	 * @throws UnknownPatientException when there is no such patient
	 */
	public TreatmentPlanId draft(PatientId patient, String title, StaffMemberId doctor, String firstStage,
			List<NewPlanItem> items) {
		var holder = registry.find(patient).orElseThrow(() -> new UnknownPatientException(patient));
		var name = doctorName(doctor);
		var services = servicesOf(items);
		return transactions.execute(status -> {
			var by = clinician();
			var plan = TreatmentPlan.draft(patient, title, doctor, name, today(), firstStage, clock.instant(), by);
			add(plan, plan.stages().get(0).id(), items, services, by);
			plans.save(plan);
			audit.record(AuditAction.CREATE, subject(holder), SECTION, List.of("plan." + plan.id()));
			return plan.id();
		});
	}

	/**
	 * Copies the plan as a new draft to be changed into an alternative, priced today.
	 *
	 * @throws InvalidPlanException when the title is blank or too long
	 */
	public TreatmentPlanId copyAsAlternative(TreatmentPlanId original, String title) {
		return transactions.execute(status -> {
			var plan = plans.findById(original.value()).orElseThrow(() -> new UnknownPlanException(original));
			var today = today();
			var copy = plan.copyAs(title, plan.doctor(), plan.doctorName(), today,
					item -> catalogue.priceOn(item.service(), today), clock.instant(), clinician());
			plans.save(copy);
			audit.record(AuditAction.CREATE, subject(plan.patient()), SECTION, List.of("plan." + copy.id()));
			return copy.id();
		});
	}

	/** Adds a stage titled {@code title} at the end of the plan. */
	public UUID addStage(TreatmentPlanId plan, long seenVersion, String title) {
		return change(plan, seenVersion, "stages", (found, by) -> found.addStage(title, clock.instant(), by).id());
	}

	/** Removes a stage with its items (not the plan's only stage). */
	public void removeStage(TreatmentPlanId plan, long seenVersion, UUID stage) {
		change(plan, seenVersion, "stages", (found, by) -> {
			found.removeStage(stage, clock.instant(), by);
			return null;
		});
	}

	/**
	 * Adds an item to the plan's stage at the catalogue's price on the plan's date.
	 *
	 * @throws InvalidPlanException naming each broken rule by its form field
	 * @throws PlanStatusException when the plan is accepted or closed
	 * @throws PlanChangedMeanwhileException when someone else changed the plan after the editor saw it
	 */
	public PlanItem addItem(TreatmentPlanId plan, long seenVersion, UUID stage, NewPlanItem item) {
		return addItems(plan, seenVersion, stage, List.of(item)).get(0);
	}

	/** Adds several items to the plan's stage at once (one per tooth picked on the chart): all of them or none. */
	public List<PlanItem> addItems(TreatmentPlanId plan, long seenVersion, UUID stage, List<NewPlanItem> items) {
		var services = servicesOf(items);
		return change(plan, seenVersion, "items", (found, by) -> add(found, stage, items, services, by));
	}

	private List<PlanItem> add(TreatmentPlan plan, UUID stage, List<NewPlanItem> items, List<ClinicalService> services,
			Clinician by) {
		var added = new ArrayList<PlanItem>();
		for (int index = 0; index < items.size(); index++) {
			var item = items.get(index);
			added.add(plan.addItem(stage, services.get(index), item.tooth(), item.surfaces(), item.quantity(), item.discount(),
					item.note(), clock.instant(), by));
		}
		return added;
	}

	/** The catalogue's services of the items, in order. */
	private List<ClinicalService> servicesOf(List<NewPlanItem> items) {
		var services = new ArrayList<ClinicalService>();
		for (var item : items) {
			services.add(item.service() == null ? null : catalogue.find(item.service()).orElse(null));
		}
		if (services.contains(null)) {
			throw new InvalidPlanException(List.of(new Violation("service", "plan.item.service.required")));
		}
		return services;
	}

	/** Removes an item from the plan. */
	public void removeItem(TreatmentPlanId plan, long seenVersion, UUID item) {
		change(plan, seenVersion, "items", (found, by) -> {
			found.removeItem(item, clock.instant(), by);
			return null;
		});
	}

	/**
	 * Proposes the plan to the patient ({@link TreatmentPlanProposed}).
	 *
	 * @throws InvalidPlanException when it has no items
	 * @throws PlanStatusException when it is not a draft
	 */
	public void propose(TreatmentPlanId plan, long seenVersion) {
		change(plan, seenVersion, "status", (found, by) -> {
			found.propose(clock.instant(), by);
			return null;
		});
	}

	/** Records that the patient accepted the proposed plan ({@link TreatmentPlanAccepted}). */
	public void accept(TreatmentPlanId plan, long seenVersion) {
		change(plan, seenVersion, "status", (found, by) -> {
			found.accept(clock.instant(), by);
			return null;
		});
	}

	/** Records that the patient declined the proposed plan and why ({@link TreatmentPlanDeclined}). */
	public void decline(TreatmentPlanId plan, long seenVersion, String reason) {
		change(plan, seenVersion, "status", (found, by) -> {
			found.decline(reason, clock.instant(), by);
			return null;
		});
	}

	/**
	 * Marks the plan items the visit carried out as done by it; a plan moves to in progress and to completed on the way.
	 * A visit heard again, or naming items of no agreed plan of the patient, changes nothing.
	 */
	void recordVisit(VisitCompleted visit) {
		var planned = visit.procedures().stream().map(PerformedProcedure::planItemId).filter(java.util.Objects::nonNull)
				.toList();
		if (planned.isEmpty()) {
			return;
		}
		var by = new Clinician(visit.by(), Optional.ofNullable(visit.doctorId()).map(StaffMemberId::new)
				.flatMap(staff::find).map(StaffMember::fullName).orElse(visit.by()));
		var work = new WorkDone(visit.completedAt(), visit.by(), visit.visitId());
		transactions.executeWithoutResult(status -> plans.findByPatientId(visit.patientId()).forEach(plan -> {
			var changed = false;
			for (var item : planned) {
				changed |= plan.markDone(item, work, by);
			}
			if (changed) {
				plans.save(plan);
				audit.record(AuditAction.CHANGE, subject(plan.patient()), SECTION, List.of("plan." + plan.id() + ".done"));
			}
		}));
	}

	/** Today in the clinic's time zone: a new plan's date. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** Where the clinic is: status steps are shown in this zone. */
	public ZoneId clinicZone() {
		return zone;
	}

	private <T> T change(TreatmentPlanId id, long seenVersion, String what, BiFunction<TreatmentPlan, Clinician, T> work) {
		try {
			return transactions.execute(status -> {
				var plan = plans.findById(id.value()).orElseThrow(() -> new UnknownPlanException(id));
				if (plan.version() != seenVersion) {
					throw new PlanChangedMeanwhileException(id);
				}
				var result = work.apply(plan, clinician());
				plans.save(plan);
				audit.record(AuditAction.CHANGE, subject(plan.patient()), SECTION, List.of("plan." + id + "." + what));
				return result;
			});
		}
		catch (OptimisticLockingFailureException racedWithAnotherSave) {
			throw new PlanChangedMeanwhileException(id);
		}
	}

	private String doctorName(StaffMemberId doctor) {
		if (doctor == null) {
			return null;
		}
		return staff.find(doctor).map(StaffMember::fullName)
				.orElseThrow(() -> new InvalidPlanException(List.of(new Violation("doctor", "plan.doctor.unknown"))));
	}

	private Clinician clinician() {
		var actor = actors.getIfAvailable(() -> Actor::system).current();
		return new Clinician(actor.username(), actor.fullName());
	}

	private AuditSubject subject(PatientId patient) {
		return registry.find(patient).map(TreatmentPlans::subject)
				.orElseGet(() -> AuditSubject.patient(patient.value(), patient.toString()));
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
