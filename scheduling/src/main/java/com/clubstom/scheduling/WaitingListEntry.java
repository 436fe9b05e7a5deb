package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/**
 * A patient waiting for an earlier slot with a doctor, for a service, or both, between two dates and at a part of the
 * day. It stays {@link WaitingListStatus#WAITING} until the patient is booked into a slot or the entry is withdrawn;
 * either closes it for good, dated and attributed. Whether a freed slot suits the patient is {@link #suits}.
 */
@AggregateRoot
@Document("waiting_list")
@CompoundIndex(name = "status_added", def = "{'status': 1, 'addedAt': 1}")
@CompoundIndex(name = "patient_status", def = "{'patientId': 1, 'status': 1}")
public class WaitingListEntry {

	static final int MAXIMUM_NOTE_LENGTH = 500;

	@Id
	@Identity
	private final UUID id;
	private final UUID patientId;
	private final UUID doctorId;
	private final WantedService service;
	private final LocalDate from;
	private final LocalDate until;
	private final PartOfDay partOfDay;
	private final String note;
	private final Instant addedAt;
	private final String addedBy;
	private final String addedByName;
	private WaitingListStatus status;
	private Instant closedAt;
	private String closedBy;
	/** The appointment that took the patient off the list, when it was a booking the clinic saw. */
	private UUID bookedAppointmentId;

	@Version
	private Long version;

	@PersistenceCreator
	WaitingListEntry(UUID id, UUID patientId, UUID doctorId, WantedService service, LocalDate from, LocalDate until,
			PartOfDay partOfDay, String note, Instant addedAt, String addedBy, String addedByName,
			WaitingListStatus status, Instant closedAt, String closedBy, UUID bookedAppointmentId, Long version) {
		this.id = id;
		this.patientId = patientId;
		this.doctorId = doctorId;
		this.service = service;
		this.from = from;
		this.until = until;
		this.partOfDay = partOfDay;
		this.note = note;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
		this.addedByName = addedByName;
		this.status = status;
		this.closedAt = closedAt;
		this.closedBy = closedBy;
		this.bookedAppointmentId = bookedAppointmentId;
		this.version = version;
	}

	/** A new entry; the request was checked by {@link WaitingList}, which also resolved the wanted service. */
	static WaitingListEntry add(PatientId patient, StaffMemberId doctor, WantedService service, LocalDate from,
			LocalDate until, PartOfDay partOfDay, String note, Instant at, String by, String byName) {
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(from, "from");
		if (doctor == null && service == null) {
			throw new IllegalArgumentException("A waiting patient wants a doctor, a service or both");
		}
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("The wait ends after it begins: " + from + "–" + until);
		}
		return new WaitingListEntry(UUID.randomUUID(), patient.value(), doctor == null ? null : doctor.value(), service,
				from, until, partOfDay == null ? PartOfDay.ANY : partOfDay, blankToNull(note), at, by, byName,
				WaitingListStatus.WAITING, null, null, null, null);
	}

	/**
	 * Whether a slot with {@code doctor} for the services {@code serviceCodes} suits this patient: still waiting, the
	 * wanted doctor and service (those given), on a day between {@code from} and {@code until}, in the wanted part of
	 * the day.
	 */
	public boolean suits(StaffMemberId doctor, Collection<String> serviceCodes, TimeSlot slot) {
		return status.isWaiting() && wantsDoctorOrAny(doctor) && wantsServiceOrAny(serviceCodes)
				&& !slot.date().isBefore(from) && (until == null || !slot.date().isAfter(until))
				&& partOfDay.covers(slot);
	}

	/**
	 * Whether a booking with {@code doctor} for {@code serviceCodes} on {@code day} gives the patient what they wait for
	 * (any time of day: they took it).
	 */
	boolean isGrantedBy(StaffMemberId doctor, Collection<String> serviceCodes, LocalDate day) {
		return status.isWaiting() && wantsDoctorOrAny(doctor) && wantsServiceOrAny(serviceCodes)
				&& (until == null || !day.isAfter(until));
	}

	/** Takes the patient off the list: they no longer want an earlier slot. Returns whether anything changed. */
	boolean withdraw(Instant at, String by) {
		return close(WaitingListStatus.WITHDRAWN, null, at, by);
	}

	/** The patient got a slot ({@code appointment} when the clinic knows which). Returns whether anything changed. */
	boolean markBooked(AppointmentId appointment, Instant at, String by) {
		return close(WaitingListStatus.BOOKED, appointment, at, by);
	}

	private boolean close(WaitingListStatus next, AppointmentId appointment, Instant at, String by) {
		if (!status.isWaiting()) {
			// already off the list: a second click or a re-delivered event changes nothing
			return false;
		}
		status = next;
		closedAt = at;
		closedBy = by;
		bookedAppointmentId = appointment == null ? null : appointment.value();
		return true;
	}

	private boolean wantsDoctorOrAny(StaffMemberId doctor) {
		return doctorId == null || doctor != null && doctorId.equals(doctor.value());
	}

	private boolean wantsServiceOrAny(Collection<String> serviceCodes) {
		return service == null || serviceCodes != null && serviceCodes.contains(service.code());
	}

	/** Whether the last day that suits the patient has passed. */
	public boolean hasLapsedBy(LocalDate today) {
		return until != null && until.isBefore(today);
	}

	public WaitingListEntryId id() {
		return new WaitingListEntryId(id);
	}

	public PatientId patientId() {
		return new PatientId(patientId);
	}

	public Optional<StaffMemberId> doctorId() {
		return Optional.ofNullable(doctorId).map(StaffMemberId::new);
	}

	public Optional<WantedService> service() {
		return Optional.ofNullable(service);
	}

	public LocalDate from() {
		return from;
	}

	/** The last day that suits, {@code null} for any later day. */
	public LocalDate until() {
		return until;
	}

	public PartOfDay partOfDay() {
		return partOfDay;
	}

	public String note() {
		return note;
	}

	public Instant addedAt() {
		return addedAt;
	}

	/** The username of who put the patient on the list. */
	public String addedBy() {
		return addedBy;
	}

	public String addedByName() {
		return addedByName;
	}

	public WaitingListStatus status() {
		return status;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String closedBy() {
		return closedBy;
	}

	public Optional<AppointmentId> bookedAppointment() {
		return Optional.ofNullable(bookedAppointmentId).map(AppointmentId::new);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
