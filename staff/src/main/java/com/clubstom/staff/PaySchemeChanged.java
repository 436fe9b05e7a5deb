package com.clubstom.staff;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * A staff member is paid on new terms from {@code effectiveFrom} on: they replace whatever terms the history held from
 * that date on (earlier terms stay as they were). It carries the terms whole, so finance (payroll) keeps its own copy
 * without calling back.
 *
 * @param terms the new terms, {@link PayTerms#effectiveFrom()} being {@code effectiveFrom}
 * @param changedBy the username of whoever set them, {@code "system"} for seeding
 */
public record PaySchemeChanged(StaffMemberId staffMemberId, LocalDate effectiveFrom, PayTerms terms, Instant changedAt,
		String changedBy) implements DomainEvent {
}
