package com.clubstom.patients;

import java.time.Instant;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;

/**
 * A patient's details changed. Carries the current name and contacts (what reminders and chat threads show) and which
 * fields changed, named as in forms and the API ({@code phone}, {@code lastName}, {@code personalDataConsent}, …).
 */
public record PatientDetailsChanged(PatientId patientId, String fullName, String phone, String email,
		ContactChannel preferredChannel, Set<String> changedFields, Instant changedAt, String changedBy)
		implements DomainEvent {
}
