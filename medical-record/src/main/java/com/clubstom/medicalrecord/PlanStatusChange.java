package com.clubstom.medicalrecord;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A step in a plan's life: the status it moved to, when, by whom (login and name as they were then) and why (a declined
 * plan's reason; otherwise null).
 */
@ValueObject
public record PlanStatusChange(PlanStatus status, Instant at, String by, String byName, String reason) {
}
