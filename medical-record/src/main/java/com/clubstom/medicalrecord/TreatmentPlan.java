package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
import com.clubstom.staff.StaffMemberId;

/**
 * A treatment plan for a patient, one of possibly several (a recommended one and a budget alternative): a title, the
 * doctor who made it, the plan's date (whose catalogue prices it keeps), and stages of items. Its status moves along
 * {@link PlanStatus}, each step dated and attributed. Drafts are edited freely; editing a proposed plan makes it a draft
 * again, since the patient has not seen the new version and it must be proposed anew; an accepted plan's items are
 * fixed, and only get done, by visits. Two people editing one plan are kept apart by {@link Version}.
 */
@AggregateRoot
@Document("treatment_plans")
public class TreatmentPlan extends AbstractAggregateRoot<TreatmentPlan> {

	static final int TITLE_MAX_LENGTH = 80;
	static final int STAGE_TITLE_MAX_LENGTH = 120;
	static final int NOTE_MAX_LENGTH = 500;
	static final int REASON_MAX_LENGTH = 300;
	static final int MOST_OF_ONE_ITEM = 99;

	@Id
	@Identity
	private final UUID id;

	// the card's tab and the visit form look plans up by patient
	@Indexed
	private final UUID patientId;

	private final String title;
	private final UUID doctorId;
	private final String doctorName;
	private final LocalDate date;
	private final List<PlanStage> stages;
	private PlanStatus status;
	private final List<PlanStatusChange> history;

	@Version
	private Long version;

	@PersistenceCreator
	TreatmentPlan(UUID id, UUID patientId, String title, UUID doctorId, String doctorName, LocalDate date,
			List<PlanStage> stages, PlanStatus status, List<PlanStatusChange> history, Long version) {
		this.id = id;
		this.patientId = patientId;
		this.title = title;
		this.doctorId = doctorId;
		this.doctorName = doctorName;
		this.date = date;
		this.stages = stages == null ? new ArrayList<>() : new ArrayList<>(stages);
		this.status = status;
		this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
		this.version = version;
	}

	/**
	 * A new draft titled {@code title} by {@code doctor}, priced on {@code date}, with one empty stage.
	 *
	 * @throws InvalidPlanException when the title or the stage's title is blank or too long
	 */
	static TreatmentPlan draft(PatientId patient, String title, StaffMemberId doctor, String doctorName, LocalDate date,
			String firstStage, Instant at, Clinician by) {
		var violations = new ArrayList<Violation>();
		checkTitle(title, "title", "plan.title", TITLE_MAX_LENGTH, violations);
		checkTitle(firstStage, "stageTitle", "plan.stage.title", STAGE_TITLE_MAX_LENGTH, violations);
		if (doctor == null) {
			violations.add(new Violation("doctor", "plan.doctor.required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidPlanException(violations);
		}
		return new TreatmentPlan(UUID.randomUUID(), patient.value(), title.strip(), doctor.value(), doctorName, date,
				List.of(new PlanStage(UUID.randomUUID(), firstStage.strip(), List.of())), PlanStatus.DRAFT,
				List.of(new PlanStatusChange(PlanStatus.DRAFT, at, by.username(), by.fullName(), null)), null);
	}

	/**
	 * Adds a stage at the end.
	 *
	 * @throws InvalidPlanException when the title is blank or too long
	 * @throws PlanStatusException when the plan can no longer be edited
	 */
	PlanStage addStage(String stageTitle, Instant at, Clinician by) {
		var violations = new ArrayList<Violation>();
		checkTitle(stageTitle, "stageTitle", "plan.stage.title", STAGE_TITLE_MAX_LENGTH, violations);
		if (!violations.isEmpty()) {
			throw new InvalidPlanException(violations);
		}
		edited(at, by);
		var stage = new PlanStage(UUID.randomUUID(), stageTitle.strip(), List.of());
		stages.add(stage);
		return stage;
	}

	/** Removes a stage with its items; the last stage stays, a plan always has somewhere to add items. */
	void removeStage(UUID stageId, Instant at, Clinician by) {
		var index = indexOf(stageId);
		if (stages.size() == 1) {
			throw new InvalidPlanException(List.of(new Violation("stage", "plan.stage.last")));
		}
		edited(at, by);
		stages.remove(index);
	}

	/**
	 * Adds {@code service} to the stage, at its price on the plan's date: on {@code tooth} (and its {@code surfaces})
	 * when the service is done per tooth, never otherwise; {@code quantity} from 1 to {@value #MOST_OF_ONE_ITEM}; the
	 * discount at most the line's sum.
	 *
	 * @throws InvalidPlanException naming each broken rule by its form field
	 * @throws PlanStatusException when the plan can no longer be edited
	 */
	PlanItem addItem(UUID stageId, ClinicalService service, Integer tooth, Set<ToothSurface> surfaces, int quantity,
			Discount discount, String note, Instant at, Clinician by) {
		var index = indexOf(stageId);
		var violations = new ArrayList<Violation>();
		var price = service.priceOn(date);
		if (!service.isActive()) {
			violations.add(new Violation("service", "plan.item.service.retired"));
		}
		else if (price.isEmpty()) {
			violations.add(new Violation("service", "plan.item.service.unpriced"));
		}
		var onSurfaces = surfaces == null ? Set.<ToothSurface>of() : surfaces;
		if (service.perTooth() && tooth == null) {
			violations.add(new Violation("tooth", "plan.item.tooth.required"));
		}
		else if (tooth != null && !Tooth.isValid(tooth)) {
			violations.add(new Violation("tooth", "plan.item.tooth.invalid"));
		}
		else if (!service.perTooth() && tooth != null) {
			violations.add(new Violation("tooth", "plan.item.tooth.not-for-service"));
		}
		if (!onSurfaces.isEmpty() && tooth == null) {
			violations.add(new Violation("surfaces", "plan.item.surfaces.without-tooth"));
		}
		if (quantity < 1 || quantity > MOST_OF_ONE_ITEM) {
			violations.add(new Violation("quantity", "plan.item.quantity.range"));
		}
		var given = discount == null ? Discount.NONE : discount;
		var line = PlanTotals.ofLine(price.orElse(Money.ZERO), Math.max(quantity, 0), Money.ZERO).sum();
		var discountRule = given.violationOn(line);
		if (discountRule != null && price.isPresent()) {
			violations.add(new Violation("discount", discountRule));
		}
		if (note != null && note.strip().length() > NOTE_MAX_LENGTH) {
			violations.add(new Violation("note", "plan.item.note.too-long"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidPlanException(violations);
		}
		edited(at, by);
		var item = new PlanItem(UUID.randomUUID(), service.id().value(), service.code(), service.name(), tooth, onSurfaces,
				quantity, price.get(), given.on(line), note, null);
		stages.set(index, stages.get(index).with(item));
		return item;
	}

	/** Removes an item. */
	void removeItem(UUID itemId, Instant at, Clinician by) {
		var stage = stageOf(itemId).orElseThrow(() -> new InvalidPlanException(List.of(new Violation("item", "plan.item.unknown"))));
		edited(at, by);
		stages.set(stages.indexOf(stage), stage.without(itemId));
	}

	/**
	 * Proposes the plan to the patient: announced with its totals and services.
	 *
	 * @throws InvalidPlanException when the plan has no items
	 * @throws PlanStatusException when the plan is not a draft
	 */
	void propose(Instant at, Clinician by) {
		requireNext(PlanStatus.PROPOSED);
		if (items().isEmpty()) {
			throw new InvalidPlanException(List.of(new Violation("items", "plan.empty")));
		}
		moveTo(PlanStatus.PROPOSED, null, at, by);
		registerEvent(new TreatmentPlanProposed(id, patientId, doctorId, title, totals(), lines(), at, by.username()));
	}

	/** The patient agreed to the plan: its items are fixed and offered to visits. */
	void accept(Instant at, Clinician by) {
		requireNext(PlanStatus.ACCEPTED);
		moveTo(PlanStatus.ACCEPTED, null, at, by);
		registerEvent(new TreatmentPlanAccepted(id, patientId, doctorId, title, totals(), lines(), at, by.username()));
	}

	/**
	 * The patient declined the plan, for {@code reason}.
	 *
	 * @throws InvalidPlanException when there is no reason or it is too long
	 */
	void decline(String reason, Instant at, Clinician by) {
		requireNext(PlanStatus.DECLINED);
		if (reason == null || reason.isBlank()) {
			throw new InvalidPlanException(List.of(new Violation("reason", "plan.decline.reason.required")));
		}
		if (reason.strip().length() > REASON_MAX_LENGTH) {
			throw new InvalidPlanException(List.of(new Violation("reason", "plan.decline.reason.too-long")));
		}
		moveTo(PlanStatus.DECLINED, reason.strip(), at, by);
		registerEvent(new TreatmentPlanDeclined(id, patientId, doctorId, title, totals(), lines(), reason.strip(), at,
				by.username()));
	}

	/**
	 * A visit carried out the item: it is marked done with the visit, the plan is in progress from its first item done
	 * and completed with its last. An item already done, one of another plan or of a plan not agreed stays as it is.
	 *
	 * @return whether anything changed
	 */
	boolean markDone(UUID itemId, WorkDone work, Clinician by) {
		var stage = stageOf(itemId);
		if (stage.isEmpty() || !status.isAgreed()) {
			return false;
		}
		var item = stage.get().items().stream().filter(each -> each.id().equals(itemId)).findFirst().orElseThrow();
		if (item.isDone()) {
			return false;
		}
		stages.set(stages.indexOf(stage.get()), stage.get().changing(itemId, found -> found.doneAt(work)));
		if (status == PlanStatus.ACCEPTED) {
			moveTo(PlanStatus.IN_PROGRESS, null, work.at(), by);
		}
		if (items().stream().allMatch(PlanItem::isDone)) {
			moveTo(PlanStatus.COMPLETED, null, work.at(), by);
		}
		return true;
	}

	/**
	 * A new draft with the same stages and items, to be changed into an alternative (a budget version): titled
	 * {@code newTitle}, dated {@code today} and priced by {@code priceOn} (the item's own price when the catalogue has
	 * none), by {@code doctor}, nothing done.
	 */
	TreatmentPlan copyAs(String newTitle, StaffMemberId doctor, String name, LocalDate today,
			Function<PlanItem, Optional<Money>> priceOn, Instant at, Clinician by) {
		var copy = draft(patient(), newTitle, doctor, name, today, stages.get(0).title(), at, by);
		copy.stages.clear();
		stages.forEach(stage -> copy.stages.add(new PlanStage(UUID.randomUUID(), stage.title(), stage.items().stream()
				.map(item -> item.copiedAt(priceOn.apply(item).orElse(item.unitPrice()))).toList())));
		return copy;
	}

	/** A change to the stages or items: refused once accepted; a proposed plan becomes a draft again. */
	private void edited(Instant at, Clinician by) {
		if (!status.isEditable()) {
			throw new PlanStatusException(status, PlanStatus.DRAFT);
		}
		if (status == PlanStatus.PROPOSED) {
			moveTo(PlanStatus.DRAFT, null, at, by);
		}
	}

	private void requireNext(PlanStatus next) {
		if (!status.next().contains(next)) {
			throw new PlanStatusException(status, next);
		}
	}

	private void moveTo(PlanStatus next, String reason, Instant at, Clinician by) {
		status = next;
		history.add(new PlanStatusChange(next, at, by.username(), by.fullName(), reason));
	}

	private int indexOf(UUID stageId) {
		for (int index = 0; index < stages.size(); index++) {
			if (stages.get(index).id().equals(stageId)) {
				return index;
			}
		}
		throw new InvalidPlanException(List.of(new Violation("stage", "plan.stage.unknown")));
	}

	private Optional<PlanStage> stageOf(UUID itemId) {
		return stages.stream().filter(stage -> stage.items().stream().anyMatch(item -> item.id().equals(itemId))).findFirst();
	}

	private static void checkTitle(String text, String field, String code, int maxLength, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(new Violation(field, code + ".required"));
		}
		else if (text.strip().length() > maxLength) {
			violations.add(new Violation(field, code + ".too-long"));
		}
	}

	public TreatmentPlanId id() {
		return new TreatmentPlanId(id);
	}

	public PatientId patient() {
		return new PatientId(patientId);
	}

	public String title() {
		return title;
	}

	public StaffMemberId doctor() {
		return new StaffMemberId(doctorId);
	}

	public String doctorName() {
		return doctorName;
	}

	/** The plan's date: its items keep the catalogue's prices of this day. */
	public LocalDate date() {
		return date;
	}

	public PlanStatus status() {
		return status;
	}

	public List<PlanStage> stages() {
		return List.copyOf(stages);
	}

	/** Every item, stage by stage. */
	public List<PlanItem> items() {
		return stages.stream().flatMap(stage -> stage.items().stream()).toList();
	}

	public PlanTotals totals() {
		return stages.stream().map(PlanStage::totals).reduce(PlanTotals.NONE, PlanTotals::plus);
	}

	/** What has been done of it and what remains: the totals of the items done. */
	public PlanTotals totalsDone() {
		return items().stream().filter(PlanItem::isDone).map(PlanItem::totals).reduce(PlanTotals.NONE, PlanTotals::plus);
	}

	/** Every status step, the first (the draft) first. */
	public List<PlanStatusChange> history() {
		return List.copyOf(history);
	}

	/** The last step into {@code wanted}: the declining with its reason, the acceptance. */
	public Optional<PlanStatusChange> last(PlanStatus wanted) {
		for (int index = history.size() - 1; index >= 0; index--) {
			if (history.get(index).status() == wanted) {
				return Optional.of(history.get(index));
			}
		}
		return Optional.empty();
	}

	/** The items not yet done, as a visit form offers them; none unless the plan is agreed. */
	public List<PlannedWork> outstandingWork() {
		if (!status.isAgreed()) {
			return List.of();
		}
		return stages.stream().flatMap(stage -> stage.items().stream().filter(item -> !item.isDone())
				.map(item -> new PlannedWork(id, item.id(), title, stage.title(), item.service(), item.code(), item.name(),
						item.tooth(), item.surfaces(), item.quantity(), item.unitPrice(), item.discount(), item.note())))
				.toList();
	}

	/** The version the editor saw: 0 for a plan never saved, and a new one with every save. */
	public long version() {
		return version == null ? 0 : version + 1;
	}

	/** The events waiting to be published with the next save. */
	List<Object> announcements() {
		return List.copyOf(domainEvents());
	}

	private List<PlanLine> lines() {
		return items().stream().map(PlanLine::of).toList();
	}
}
