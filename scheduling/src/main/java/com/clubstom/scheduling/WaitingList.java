package com.clubstom.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberId;

/**
 * The waiting list: patients who want an earlier slot with a doctor or for a service. The front desk adds and withdraws
 * them; a booking that gives a patient what they wait for takes them off ({@link WaitingListBookings}); when a slot
 * frees up ({@link FreedSlotRecorder}) the list suggests it to the patients it suits, the longest waiting first.
 */
@Service
public class WaitingList {

	/** The section of the patient's record the audit trail files waiting list changes under. */
	public static final String SECTION = "waiting-list";
	private static final int ATTEMPTS = 3;

	private final WaitingListEntries entries;
	private final FreedSlots freedSlots;
	private final Appointments appointments;
	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final ServiceCatalogue catalogue;
	private final AuditTrail audit;
	private final Actors actors;
	private final Clock clock;

	WaitingList(WaitingListEntries entries, FreedSlots freedSlots, Appointments appointments, PatientRegistry patients,
			StaffDirectory staff, ServiceCatalogue catalogue, AuditTrail audit, Actors actors, Clock clock) {
		this.entries = entries;
		this.freedSlots = freedSlots;
		this.appointments = appointments;
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
		this.audit = audit;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Puts the patient on the waiting list.
	 *
	 * @throws InvalidWaitingRequestException naming every field that is wrong, including a patient already waiting for
	 *         the same doctor and service
	 */
	public WaitingListEntryId add(WaitingRequest request) {
		var violations = new ArrayList<Violation>();
		var patient = Optional.ofNullable(request.patient()).flatMap(patients::find);
		if (patient.isEmpty()) {
			violations.add(new Violation("patientId",
					request.patient() == null ? "waitinglist.patient.required" : "waitinglist.patient.unknown"));
		}
		if (request.doctor() == null && request.service() == null) {
			violations.add(new Violation("doctorId", "waitinglist.wanted.required"));
		}
		if (request.doctor() != null && staff.find(request.doctor())
				.filter(member -> member.position().isDoctor() && member.status().isCurrent()).isEmpty()) {
			violations.add(new Violation("doctorId", "waitinglist.doctor.unknown"));
		}
		var service = Optional.ofNullable(request.service()).flatMap(catalogue::find).filter(ClinicalService::isActive)
				.map(found -> new WantedService(found.id().value(), found.code(), found.name()));
		if (request.service() != null && service.isEmpty()) {
			violations.add(new Violation("serviceId", "waitinglist.service.unknown"));
		}
		var today = today();
		var from = request.from() == null ? today : request.from();
		if (from.isBefore(today)) {
			violations.add(new Violation("from", "waitinglist.from.past"));
		}
		if (request.until() != null && request.until().isBefore(from)) {
			violations.add(new Violation("until", "waitinglist.until.before-from"));
		}
		if (request.note() != null && request.note().strip().length() > WaitingListEntry.MAXIMUM_NOTE_LENGTH) {
			violations.add(new Violation("note", "waitinglist.note.too-long"));
		}
		if (patient.isPresent() && alreadyWaiting(request)) {
			violations.add(new Violation("patientId", "waitinglist.patient.already-waiting"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidWaitingRequestException(violations);
		}
		var actor = actors.current();
		var entry = WaitingListEntry.add(request.patient(), request.doctor(), service.orElse(null), from, request.until(),
				request.partOfDay(), request.note(), clock.instant(), actor.username(), actor.fullName());
		entries.save(entry);
		audit.record(AuditAction.CREATE, subject(patient.get()), SECTION);
		return entry.id();
	}

	/** Takes the patient off the list; nothing happens when the entry is no longer waiting. */
	public void withdraw(WaitingListEntryId id) {
		var by = actors.current().username();
		close(id, entry -> entry.withdraw(clock.instant(), by));
	}

	/** Records that the patient got a slot (booked by phone, elsewhere in the calendar); nothing happens twice. */
	public void markBooked(WaitingListEntryId id) {
		var by = actors.current().username();
		close(id, entry -> entry.markBooked(null, clock.instant(), by));
	}

	/** Takes every entry of the patient that the booking grants off the list (the booking's own listener calls it). */
	void markBookedBy(AppointmentId appointment, PatientId patient, StaffMemberId doctor,
			Collection<String> serviceCodes, LocalDate day, String by) {
		for (var entry : entries.findByPatientIdAndStatus(patient.value(), WaitingListStatus.WAITING)) {
			if (entry.isGrantedBy(doctor, serviceCodes, day)) {
				close(entry.id(), current -> current.isGrantedBy(doctor, serviceCodes, day)
						&& current.markBooked(appointment, clock.instant(), by));
			}
		}
	}

	public Optional<WaitingListEntry> find(WaitingListEntryId id) {
		return entries.findById(id.value());
	}

	/** Everyone still waiting, the longest waiting first. */
	public List<WaitingListEntry> waiting() {
		return entries.findByStatusOrderByAddedAtAsc(WaitingListStatus.WAITING);
	}

	/**
	 * The waiting patients a freed slot with {@code doctor} for {@code serviceCodes} suits, the longest waiting first.
	 *
	 * @see WaitingListEntry#suits
	 */
	public List<WaitingListEntry> matching(StaffMemberId doctor, Collection<String> serviceCodes, TimeSlot freed) {
		return waiting().stream().filter(entry -> entry.suits(doctor, serviceCodes, freed)).toList();
	}

	/**
	 * The coming freed slots that nobody has taken since, by start, each with the waiting patients it suits (never the
	 * patient who freed it).
	 */
	public List<SlotSuggestion> suggestions() {
		var now = now();
		var waiting = waiting();
		var coming = freedSlots.findByStartAfterOrderByStartAsc(now);
		var takenByDay = coming.stream().map(FreedSlot::day).distinct().collect(Collectors.toMap(day -> day,
				day -> appointments.findByDayAndStatusIn(day, AppointmentStatus.holdingTime())));
		return coming.stream().filter(freed -> takenByDay.get(freed.day()).stream()
				.noneMatch(taken -> taken.doctorId().equals(freed.doctorId()) && taken.slot().overlaps(freed.slot())))
				.map(freed -> new SlotSuggestion(freed, waiting.stream()
						.filter(entry -> !entry.patientId().equals(freed.freedBy()))
						.filter(entry -> entry.suits(freed.doctorId(), freed.serviceCodes(), freed.slot())).toList()))
				.toList();
	}

	public LocalDate today() {
		return now().toLocalDate();
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock.withZone(staff.clinicZone()));
	}

	private boolean alreadyWaiting(WaitingRequest request) {
		return entries.findByPatientIdAndStatus(request.patient().value(), WaitingListStatus.WAITING).stream()
				.anyMatch(entry -> entry.doctorId().equals(Optional.ofNullable(request.doctor()))
						&& entry.service().map(WantedService::serviceId)
								.equals(Optional.ofNullable(request.service()).map(ClinicalServiceId::value)));
	}

	/** Closes the entry, reading it again when someone else changed it meanwhile (the change may make ours moot). */
	private void close(WaitingListEntryId id, Predicate<WaitingListEntry> change) {
		for (int attempt = 1;; attempt++) {
			var entry = find(id).orElseThrow(() -> new UnknownWaitingListEntryException(id));
			if (!change.test(entry)) {
				return;
			}
			try {
				entries.save(entry);
				audit.record(AuditAction.CHANGE, subjectOf(entry), SECTION, List.of("status"));
				return;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				if (attempt == ATTEMPTS) {
					throw changedMeanwhile;
				}
			}
		}
	}

	private AuditSubject subjectOf(WaitingListEntry entry) {
		return patients.find(entry.patientId()).map(WaitingList::subject)
				.orElseGet(() -> AuditSubject.patient(entry.patientId().value(), entry.patientId().toString()));
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
