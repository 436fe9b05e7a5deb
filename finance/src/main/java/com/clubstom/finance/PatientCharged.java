package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.clubstom.kernel.Money;

/**
 * A patient's account was charged for the procedures of a visit (or for those an amendment added): the production booked
 * for the doctor on the visit's day.
 *
 * @param amount what the patient owes for it: the prices less the discounts
 */
public record PatientCharged(UUID entryId, UUID patientId, UUID visitId, UUID doctorId, LocalDate day, Money amount,
		Instant at, String by) implements DomainEvent {
}
