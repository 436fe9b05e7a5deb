package com.clubstom.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;

/**
 * A new person is on the staff. Carries what scheduling (a doctor's column and colour), payroll and reports need, so
 * listeners never call back.
 *
 * @param specialisations empty for everyone but doctors
 * @param hireDate may be {@code null} when not typed
 */
public record StaffMemberHired(StaffMemberId staffMemberId, String fullName, Position position,
		Set<Specialisation> specialisations, LocalDate hireDate, String calendarColour, Instant hiredAt, String hiredBy)
		implements DomainEvent {
}
