package com.clubstom.staff;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * A person no longer works in the clinic: scheduling stops offering them, accounts may be closed. Their history stays.
 *
 * @param dismissedOn the clinic's date of the dismissal
 */
public record StaffMemberDismissed(StaffMemberId staffMemberId, String fullName, LocalDate dismissedOn)
		implements DomainEvent {
}
