package com.clubstom.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Every appointment, found by day (the calendar) and by patient (the card's tab). */
interface Appointments extends MongoRepository<Appointment, UUID> {

	List<Appointment> findByDayOrderByStartAsc(LocalDate day);

	/** From {@code from} to {@code to}, both included (a derived "Between" would leave both days out). */
	@Query(value = "{ 'day': { '$gte': ?0, '$lte': ?1 } }", sort = "{ 'start': 1 }")
	List<Appointment> findByDayBetweenOrderByStartAsc(LocalDate from, LocalDate to);

	List<Appointment> findByPatientIdOrderByStartDesc(UUID patientId);

	List<Appointment> findByDayAndStatusIn(LocalDate day, Collection<AppointmentStatus> statuses);
}
