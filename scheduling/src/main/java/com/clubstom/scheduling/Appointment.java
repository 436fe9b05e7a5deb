package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * A patient's appointment with a doctor in a chair for one or more services, at a {@link TimeSlot}. Its status only
 * moves forward along {@link AppointmentStatus#next()}, each step dated and attributed; it can be moved only before the
 * patient has come. Whether the new time is free is not its own business but {@link Scheduling}'s, which asks the
 * database. The {@code day} field serves the calendar's one query per day.
 */
@AggregateRoot
@Document("appointments")
@CompoundIndex(name = "day_start", def = "{'day': 1, 'start': 1}")
@CompoundIndex(name = "patient_start", def = "{'patientId': 1, 'start': -1}")
public class Appointment extends AbstractAggregateRoot<Appointment> {

	static final int MAXIMUM_COMMENT_LENGTH = 500;
	static final int MAXIMUM_REASON_LENGTH = 200;

	@Id
	@Identity
	private final UUID id;
	private final UUID patientId;
	private UUID doctorId;
	private UUID chairId;
	private List<BookedService> services;
	private LocalDate day;
	private LocalDateTime start;
	private LocalDateTime end;
	private AppointmentStatus status;
	private final List<StatusChange> history;
	private String comment;

	@Version
	private Long version;

	@PersistenceCreator
	Appointment(UUID id, UUID patientId, UUID doctorId, UUID chairId, List<BookedService> services, LocalDate day,
			LocalDateTime start, LocalDateTime end, AppointmentStatus status, List<StatusChange> history, String comment,
			Long version) {
		this.id = id;
		this.patientId = patientId;
		this.doctorId = doctorId;
		this.chairId = chairId;
		this.services = List.copyOf(services);
		this.day = day;
		this.start = start;
		this.end = end;
		this.status = status;
		this.history = new ArrayList<>(history);
		this.comment = comment;
		this.version = version;
	}

	/** A new booking, announced with {@link AppointmentBooked}. */
	static Appointment book(PatientId patient, StaffMemberId doctor, ChairId chair, List<BookedService> services,
			TimeSlot slot, String comment, Instant at, String by) {
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(doctor, "doctor");
		Objects.requireNonNull(chair, "chair");
		if (services.isEmpty()) {
			throw new IllegalArgumentException("An appointment is for at least one service");
		}
		var appointment = new Appointment(UUID.randomUUID(), patient.value(), doctor.value(), chair.value(), services,
				slot.date(), slot.start(), slot.end(), AppointmentStatus.BOOKED,
				List.of(new StatusChange(AppointmentStatus.BOOKED, at, by, null)), blankToNull(comment), null);
		appointment.registerEvent(new AppointmentBooked(appointment.id, patient.value(), doctor.value(), chair.value(),
				appointment.serviceCodes(), slot.start(), slot.end(), at, by));
		return appointment;
	}

	/**
	 * Moves the appointment to another time, doctor or chair (drag and drop, resize, reschedule).
	 *
	 * @throws AppointmentStatusException when the patient has already come or the appointment is over
	 */
	void moveTo(TimeSlot slot, StaffMemberId doctor, ChairId chair, Instant at, String by) {
		if (!status.isMovable()) {
			throw new AppointmentStatusException(status, status);
		}
		var previous = slot();
		var previousDoctor = doctorId;
		var previousChair = chairId;
		day = slot.date();
		start = slot.start();
		end = slot.end();
		doctorId = doctor.value();
		chairId = chair.value();
		registerEvent(new AppointmentRescheduled(id, patientId, doctorId, chairId, serviceCodes(), start, end, previousDoctor,
				previousChair, previous.start(), previous.end(), at, by));
	}

	/**
	 * Moves the status on, dated and attributed; arrival, no-show and cancellation are announced.
	 *
	 * @throws AppointmentStatusException when {@code next} may not follow the current status
	 */
	void changeStatus(AppointmentStatus next, String reason, Instant at, String by) {
		if (!status.canBecome(next)) {
			throw new AppointmentStatusException(status, next);
		}
		status = next;
		history.add(new StatusChange(next, at, by, blankToNull(reason)));
		switch (next) {
			case ARRIVED -> registerEvent(new PatientArrived(id, patientId, doctorId, chairId, serviceCodes(), start, end, at, by));
			case NO_SHOW -> registerEvent(
					new AppointmentMarkedNoShow(id, patientId, doctorId, chairId, serviceCodes(), start, end, at, by));
			case CANCELLED -> registerEvent(new AppointmentCancelled(id, patientId, doctorId, chairId, serviceCodes(), start,
					end, blankToNull(reason), at, by));
			default -> {
			}
		}
	}

	/**
	 * The doctor completed the clinical visit held for this appointment: it is completed, from whichever status the front
	 * desk left it in (a patient seated without being marked arrived). Nothing changes when it is completed already (the
	 * news came twice) or was cancelled or missed (the visit's record stands on its own).
	 *
	 * @return whether the appointment changed
	 */
	boolean completeAfterVisit(Instant at, String by) {
		if (status == AppointmentStatus.COMPLETED || !status.holdsTime()) {
			return false;
		}
		status = AppointmentStatus.COMPLETED;
		history.add(new StatusChange(AppointmentStatus.COMPLETED, at, by, null));
		return true;
	}

	/** Replaces the comment the front desk keeps on it. */
	void comment(String text) {
		comment = blankToNull(text);
	}

	public AppointmentId id() {
		return new AppointmentId(id);
	}

	public PatientId patientId() {
		return new PatientId(patientId);
	}

	public StaffMemberId doctorId() {
		return new StaffMemberId(doctorId);
	}

	public ChairId chairId() {
		return new ChairId(chairId);
	}

	public List<BookedService> services() {
		return services;
	}

	public List<String> serviceCodes() {
		return services.stream().map(BookedService::code).toList();
	}

	public TimeSlot slot() {
		return new TimeSlot(start, end);
	}

	public LocalDate day() {
		return day;
	}

	public AppointmentStatus status() {
		return status;
	}

	public List<StatusChange> history() {
		return List.copyOf(history);
	}

	/** When the appointment was booked and by whom. */
	public StatusChange booked() {
		return history.get(0);
	}

	/** The last step with this status (the cancellation with its reason, the arrival time). */
	public Optional<StatusChange> last(AppointmentStatus wanted) {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).status() == wanted) {
				return Optional.of(history.get(i));
			}
		}
		return Optional.empty();
	}

	public String comment() {
		return comment;
	}

	/** The events waiting to be published with the next save. */
	List<Object> announcements() {
		return List.copyOf(domainEvents());
	}

	public long version() {
		return version == null ? 0 : version;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
