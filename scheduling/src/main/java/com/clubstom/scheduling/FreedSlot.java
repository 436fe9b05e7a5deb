package com.clubstom.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * A doctor's time that became free because an appointment was cancelled, missed or moved away: the waiting list
 * suggests it to the patients it suits. Its key is the appointment and the time it held, so one appointment freeing
 * one time is recorded once however often the event arrives, while the same appointment moved and then cancelled
 * frees two times.
 */
@AggregateRoot
@Document("freed_slots")
public class FreedSlot {

	/** Why the time became free. */
	public enum Cause {
		CANCELLED, NO_SHOW, RESCHEDULED
	}

	@Id
	@Identity
	private final String key;
	private final UUID appointmentId;
	/** The patient whose appointment it was: never suggested their own old time. */
	private final UUID patientId;
	private final UUID doctorId;
	private final UUID chairId;
	private final List<String> serviceCodes;
	@Indexed
	private final LocalDateTime start;
	private final LocalDateTime end;
	private final Cause cause;
	private final Instant freedAt;

	@PersistenceCreator
	FreedSlot(String key, UUID appointmentId, UUID patientId, UUID doctorId, UUID chairId, List<String> serviceCodes,
			LocalDateTime start, LocalDateTime end, Cause cause, Instant freedAt) {
		this.key = key;
		this.appointmentId = appointmentId;
		this.patientId = patientId;
		this.doctorId = doctorId;
		this.chairId = chairId;
		this.serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
		this.start = start;
		this.end = end;
		this.cause = cause;
		this.freedAt = freedAt;
	}

	static FreedSlot of(AppointmentId appointment, PatientId patient, StaffMemberId doctor, ChairId chair,
			List<String> serviceCodes, TimeSlot slot, Cause cause, Instant at) {
		return new FreedSlot(keyOf(appointment, slot), appointment.value(), patient.value(), doctor.value(), chair.value(),
				serviceCodes, slot.start(), slot.end(), cause, at);
	}

	static String keyOf(AppointmentId appointment, TimeSlot slot) {
		return appointment + "@" + slot.start();
	}

	public AppointmentId appointmentId() {
		return new AppointmentId(appointmentId);
	}

	public PatientId freedBy() {
		return new PatientId(patientId);
	}

	public StaffMemberId doctorId() {
		return new StaffMemberId(doctorId);
	}

	public ChairId chairId() {
		return new ChairId(chairId);
	}

	public List<String> serviceCodes() {
		return serviceCodes;
	}

	public TimeSlot slot() {
		return new TimeSlot(start, end);
	}

	public LocalDate day() {
		return start.toLocalDate();
	}

	public Cause cause() {
		return cause;
	}

	public Instant freedAt() {
		return freedAt;
	}
}
