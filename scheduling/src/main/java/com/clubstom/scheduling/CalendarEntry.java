package com.clubstom.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * An appointment as the calendar's boards draw it: who, with whom, where, when, for what, and its status; read-only.
 * {@link CalendarEntries} reads it without the status history and the comment, which a card never shows (its dialog
 * loads the whole {@link Appointment}).
 */
public final class CalendarEntry {

	private final UUID id;
	private final Long version;
	private final UUID patientId;
	private final UUID doctorId;
	private final UUID chairId;
	private final List<BookedService> services;
	private final LocalDate day;
	private final LocalDateTime start;
	private final LocalDateTime end;
	private final AppointmentStatus status;
	private final TimeSlot slot;

	CalendarEntry(UUID id, Long version, UUID patientId, UUID doctorId, UUID chairId, List<BookedService> services,
			LocalDate day, LocalDateTime start, LocalDateTime end, AppointmentStatus status) {
		this.id = id;
		this.version = version;
		this.patientId = patientId;
		this.doctorId = doctorId;
		this.chairId = chairId;
		this.services = List.copyOf(services);
		this.day = day;
		this.start = start;
		this.end = end;
		this.status = status;
		this.slot = new TimeSlot(start, end);
	}

	public AppointmentId id() {
		return new AppointmentId(id);
	}

	/** The version the appointment had when read: a move from the board must name it. */
	public long version() {
		return version == null ? 0 : version;
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

	public LocalDate day() {
		return day;
	}

	public TimeSlot slot() {
		return slot;
	}

	public LocalDateTime start() {
		return start;
	}

	public LocalDateTime end() {
		return end;
	}

	public AppointmentStatus status() {
		return status;
	}
}
