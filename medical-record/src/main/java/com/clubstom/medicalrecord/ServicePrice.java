package com.clubstom.medicalrecord;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/** A price of a service, in effect from a date until the next one. */
@ValueObject
public record ServicePrice(LocalDate effectiveFrom, Money price) {
}
