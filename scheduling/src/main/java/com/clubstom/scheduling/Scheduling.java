package com.clubstom.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.mongodb.MongoException;

/**
 * The scheduling context's API: book, move, confirm, seat, complete, cancel and mark no-shows, and read the calendar.
 * Every change runs in one MongoDB transaction that checks the slot rules against the day as the database has it and
 * then claims the doctor's, chair's and patient's day ({@link CalendarLocks}); of two people booking the same slot at
 * once exactly one wins, the other is told the slot is taken.
 */
@Service
public class Scheduling {

	/** The section of the patient's record the audit trail files appointment changes under. */
	public static final String SECTION = "appointments";
	private static final int ATTEMPTS = 12;

	private final Appointments appointments;
	private final CalendarEntries entries;
	private final CalendarCounts counts;
	private final CalendarLocks locks;
	private final MongoTemplate mongo;
	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final ServiceCatalogue catalogue;
	private final AuditTrail audit;
	private final Actors actors;
	private final Clock clock;
	private final TransactionTemplate transactions;

	Scheduling(Appointments appointments, CalendarEntries entries, CalendarCounts counts, CalendarLocks locks, MongoTemplate mongo,
			PatientRegistry patients, StaffDirectory staff, WorkingHours hours, Chairs chairs, ServiceCatalogue catalogue,
			AuditTrail audit, Actors actors, Clock clock, PlatformTransactionManager transactionManager) {
		this.appointments = appointments;
		this.entries = entries;
		this.counts = counts;
		this.locks = locks;
		this.mongo = mongo;
		this.patients = patients;
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.catalogue = catalogue;
		this.audit = audit;
		this.actors = actors;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Books the patient, announced with {@link AppointmentBooked}.
	 *
	 * @param correctingRecords whether the person may book in the past (the owner or administrator entering what happened)
	 * @throws InvalidBookingException naming every broken rule, including a slot taken meanwhile by someone else
	 */
	public AppointmentId book(Booking booking, boolean correctingRecords) {
		var violations = new ArrayList<Violation>();
		var patient = Optional.ofNullable(booking.patient()).flatMap(patients::find);
		if (patient.isEmpty()) {
			violations.add(new Violation("patientId", booking.patient() == null ? "booking.patient.required" : "booking.patient.unknown"));
		}
		var doctor = doctor(booking.doctor(), violations);
		checkChair(booking.chair(), violations);
		var services = services(booking, violations);
		// without services and a typed length there is no length to check yet: the services' message says what is missing
		var slot = booking.minutes() == null && services.isEmpty()
				? (booking.start() == null ? slot(null, 0, violations) : null)
				: slot(booking.start(), booking.minutes() != null ? booking.minutes()
						: services.stream().mapToInt(BookedService::minutes).sum(), violations);
		requireNoViolations(violations);
		var actor = actors.current();
		var booked = inTransaction(null, () -> {
			var appointment = Appointment.book(booking.patient(), booking.doctor(), booking.chair(), services, slot,
					booking.comment(), clock.instant(), actor.username());
			requireFree(appointment, slot, booking.doctor(), booking.chair(), null, correctingRecords);
			audit.record(AuditAction.CREATE, subject(patient.get()), SECTION, List.of("appointment"));
			return appointments.save(appointment);
		});
		return booked.id();
	}

	/**
	 * Moves the appointment (drag and drop, resize, reschedule), announced with {@link AppointmentRescheduled}.
	 *
	 * @param seenVersion the version the person saw, so that a change made meanwhile is not silently overwritten
	 * @throws InvalidBookingException when the new time breaks a rule
	 * @throws AppointmentChangedMeanwhileException when someone changed it since it was shown
	 * @throws AppointmentStatusException when the patient has already come or it is over
	 */
	public void move(AppointmentId id, long seenVersion, LocalDateTime start, int minutes, StaffMemberId doctor,
			ChairId chair, boolean correctingRecords) {
		var violations = new ArrayList<Violation>();
		doctor(doctor, violations);
		checkChair(chair, violations);
		var slot = slot(start, minutes, violations);
		requireNoViolations(violations);
		var actor = actors.current();
		inTransaction(id, () -> {
			var appointment = current(id, seenVersion);
			// only the new time is claimed: a booking racing for the freed time at worst sees it still taken
			appointment.moveTo(slot, doctor, chair, clock.instant(), actor.username());
			requireFree(appointment, slot, doctor, chair, id, correctingRecords);
			audit.record(AuditAction.CHANGE, subjectOf(appointment.patientId()), SECTION, List.of("time"));
			return appointments.save(appointment);
		});
	}

	/**
	 * Moves the status on: confirmed, arrived ({@link PatientArrived}), in chair, completed, no-show
	 * ({@link AppointmentMarkedNoShow}) or cancelled with a reason ({@link AppointmentCancelled}).
	 *
	 * @throws InvalidBookingException when a cancellation has no reason
	 * @throws AppointmentStatusException when the status may not follow the current one
	 * @throws AppointmentChangedMeanwhileException when someone changed it since it was shown
	 */
	public void changeStatus(AppointmentId id, long seenVersion, AppointmentStatus next, String reason) {
		if (next == AppointmentStatus.CANCELLED && (reason == null || reason.isBlank())) {
			throw new InvalidBookingException(List.of(new Violation("reason", "booking.cancel.reason.required")));
		}
		if (reason != null && reason.strip().length() > Appointment.MAXIMUM_REASON_LENGTH) {
			throw new InvalidBookingException(List.of(new Violation("reason", "booking.cancel.reason.too-long")));
		}
		var actor = actors.current();
		inTransaction(id, () -> {
			var appointment = current(id, seenVersion);
			appointment.changeStatus(next, reason, clock.instant(), actor.username());
			audit.record(AuditAction.CHANGE, subjectOf(appointment.patientId()), SECTION, List.of("status"));
			return appointments.save(appointment);
		});
	}

	/**
	 * Completes the appointment whose clinical visit was completed (see {@link Appointment#completeAfterVisit}); a
	 * repeated call changes nothing.
	 */
	void completeAfterVisit(AppointmentId id, Instant at, String by) {
		inTransaction(id, () -> {
			var appointment = appointments.findById(id.value()).orElse(null);
			if (appointment != null && appointment.completeAfterVisit(at, by)) {
				audit.record(AuditAction.CHANGE, subjectOf(appointment.patientId()), SECTION, List.of("status"));
				appointments.save(appointment);
			}
			return appointment;
		});
	}

	public Optional<Appointment> find(AppointmentId id) {
		return appointments.findById(id.value());
	}

	/** Every appointment of the day, by start, cancelled ones included (the calendar can show them). */
	public List<Appointment> on(LocalDate day) {
		return appointments.findByDayOrderByStartAsc(day);
	}

	/** Every appointment from {@code from} to {@code to}, both included, by start. */
	public List<Appointment> between(LocalDate from, LocalDate to) {
		return appointments.findByDayBetweenOrderByStartAsc(from, to);
	}

	/** What the calendar's boards show of every appointment of the day, by start, cancelled ones included. */
	/** The day's patients who have arrived and wait to be seen (the waiting room list), with their histories. */
	public List<Appointment> arrivedOn(LocalDate day) {
		return appointments.findByDayAndStatusIn(day, List.of(AppointmentStatus.ARRIVED));
	}

	public List<CalendarEntry> entriesOn(LocalDate day) {
		return entries.find(Criteria.where("day").is(day));
	}

	/** How many appointments each doctor has on each day from {@code from} to {@code to}, both included (the month). */
	public List<DayCount> countsBetween(LocalDate from, LocalDate to, CalendarFilter filter) {
		return counts.between(from, to, filter);
	}

	/** What the boards show of one doctor's appointments from {@code from} to {@code to} (a week), by start. */
	public List<CalendarEntry> entriesOfDoctorBetween(StaffMemberId doctor, LocalDate from, LocalDate to) {
		return entries.find(Criteria.where("day").gte(from).lte(to).and("doctorId").is(doctor.value()));
	}

	/** What the boards show of one chair's appointments from {@code from} to {@code to} (a week), by start. */
	public List<CalendarEntry> entriesOfChairBetween(ChairId chair, LocalDate from, LocalDate to) {
		return entries.find(Criteria.where("day").gte(from).lte(to).and("chairId").is(chair.value()));
	}

	/** The patient's appointments, latest first. */
	public List<Appointment> ofPatient(PatientId patient) {
		return appointments.findByPatientIdOrderByStartDesc(patient.value());
	}

	public LocalDateTime now() {
		return LocalDateTime.now(clock.withZone(zone()));
	}

	public LocalDate today() {
		return now().toLocalDate();
	}

	public ZoneId zone() {
		return staff.clinicZone();
	}

	private void requireFree(Appointment appointment, TimeSlot slot, StaffMemberId doctor, ChairId chair,
			AppointmentId moving, boolean correctingRecords) {
		var sameDay = mongo.find(Query.query(Criteria.where("day").is(slot.date())
				.and("status").in(AppointmentStatus.holdingTime())
				.orOperator(Criteria.where("doctorId").is(doctor.value()), Criteria.where("chairId").is(chair.value()),
						Criteria.where("patientId").is(appointment.patientId().value()))), Appointment.class);
		var broken = SlotRules.check(slot, appointment.patientId(), doctor, chair, DoctorsHours.of(hours.scheduleOf(doctor)), sameDay, moving,
				now(), correctingRecords);
		requireNoViolations(broken);
		locks.claim(slot.date(), doctor.value(), chair.value(), appointment.patientId().value());
	}

	private Appointment current(AppointmentId id, long seenVersion) {
		var appointment = find(id).orElseThrow(() -> new UnknownAppointmentException(id));
		if (appointment.version() != seenVersion) {
			throw new AppointmentChangedMeanwhileException(id);
		}
		return appointment;
	}

	private Optional<StaffMember> doctor(StaffMemberId id, List<Violation> violations) {
		if (id == null) {
			violations.add(new Violation("doctorId", "booking.doctor.required"));
			return Optional.empty();
		}
		var doctor = staff.find(id).filter(member -> member.position().isDoctor() && member.status().isCurrent());
		if (doctor.isEmpty()) {
			violations.add(new Violation("doctorId", "booking.doctor.unknown"));
		}
		return doctor;
	}

	private void checkChair(ChairId id, List<Violation> violations) {
		if (id == null) {
			violations.add(new Violation("chairId", "booking.chair.required"));
		}
		else if (chairs.find(id).filter(chair -> chair.isActive()).isEmpty()) {
			violations.add(new Violation("chairId", "booking.chair.unknown"));
		}
	}

	private List<BookedService> services(Booking booking, List<Violation> violations) {
		if (booking.services().isEmpty()) {
			violations.add(new Violation("services", "booking.services.required"));
			return List.of();
		}
		var found = booking.services().stream().distinct().map(catalogue::find)
				.flatMap(Optional::stream).filter(ClinicalService::isActive).toList();
		if (found.size() != booking.services().stream().distinct().count()) {
			violations.add(new Violation("services", "booking.services.unknown"));
		}
		return found.stream().map(service -> new BookedService(service.id().value(), service.code(), service.name(),
				service.durationMinutes())).toList();
	}

	private static TimeSlot slot(LocalDateTime start, int minutes, List<Violation> violations) {
		if (start == null) {
			violations.add(new Violation("start", "booking.start.required"));
			return null;
		}
		if (!TimeSlot.onGrid(start)) {
			violations.add(new Violation("start", "booking.start.off-grid"));
			return null;
		}
		var rounded = (minutes + TimeSlot.STEP_MINUTES - 1) / TimeSlot.STEP_MINUTES * TimeSlot.STEP_MINUTES;
		if (rounded < TimeSlot.STEP_MINUTES || rounded > TimeSlot.LONGEST.toMinutes()) {
			violations.add(new Violation("minutes", "booking.minutes.range"));
			return null;
		}
		var end = start.plusMinutes(rounded);
		if (!end.toLocalDate().equals(start.toLocalDate())) {
			violations.add(new Violation("minutes", "booking.minutes.past-midnight"));
			return null;
		}
		return new TimeSlot(start, end);
	}

	private static void requireNoViolations(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidBookingException(violations);
		}
	}

	/** Runs the change in a transaction, again after a pause when another one touching the same day won the race. */
	private <T> T inTransaction(AppointmentId changing, Supplier<T> change) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> change.get());
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				throw new AppointmentChangedMeanwhileException(changing);
			}
			catch (DataAccessException failure) {
				if (attempt == ATTEMPTS || !lostARace(failure)) {
					throw failure;
				}
				pauseBeforeRetry(attempt);
			}
		}
	}

	/** Another transaction claimed the same day first (a write conflict), or created its lock at the same moment. */
	private static boolean lostARace(DataAccessException failure) {
		return failure instanceof DuplicateKeyException || failure.getMostSpecificCause() instanceof MongoException mongo
				&& mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
	}

	private static void pauseBeforeRetry(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while booking", interrupted);
		}
	}

	private AuditSubject subjectOf(PatientId id) {
		return patients.find(id).map(Scheduling::subject).orElseGet(() -> AuditSubject.patient(id.value(), id.toString()));
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
