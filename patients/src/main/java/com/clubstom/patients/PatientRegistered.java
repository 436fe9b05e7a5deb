package com.clubstom.patients;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * A new patient is in the registry. Carries what reminders and reports need (name, contacts, date of birth) so
 * listeners never call back.
 *
 * @param phone the primary number in international form
 * @param registeredBy the username of whoever registered the patient
 */
public record PatientRegistered(PatientId patientId, String fullName, LocalDate birthDate, Sex sex, String phone,
		String email, ContactChannel preferredChannel, Instant registeredAt, String registeredBy) implements DomainEvent {
}
