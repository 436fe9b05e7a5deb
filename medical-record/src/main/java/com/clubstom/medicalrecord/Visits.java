package com.clubstom.medicalrecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The clinical visits on record. */
interface Visits extends CrudRepository<Visit, UUID> {

	Optional<Visit> findByAppointmentId(UUID appointmentId);

	/** The visits of a status on the days strictly between {@code after} and {@code before}. */
	List<Visit> findByStatusAndDayBetween(VisitStatus status, java.time.LocalDate after, java.time.LocalDate before);

	List<Visit> findByPatientIdOrderByDayDescOpenedAtDesc(UUID patientId);

	/** The list of the card's tab: only the fields a {@link VisitSummary} holds are read. */
	List<VisitSummary> findSummariesByPatientIdOrderByDayDescOpenedAtDesc(UUID patientId);
}
