package com.clubstom.scheduling;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands in the clinic's day. The front desk confirms it by phone, marks the patient arrived (the
 * waiting room list), the doctor seats them and completes the visit; a patient who never comes is a no-show, a cancelled
 * appointment keeps its reason. Completed, no-show and cancelled are final.
 */
public enum AppointmentStatus {

	BOOKED, CONFIRMED, ARRIVED, IN_CHAIR, COMPLETED, NO_SHOW, CANCELLED;

	/** The statuses that may follow this one. */
	public Set<AppointmentStatus> next() {
		return switch (this) {
			case BOOKED -> EnumSet.of(CONFIRMED, ARRIVED, NO_SHOW, CANCELLED);
			case CONFIRMED -> EnumSet.of(ARRIVED, NO_SHOW, CANCELLED);
			// a patient may leave the waiting room before being seen
			case ARRIVED -> EnumSet.of(IN_CHAIR, CANCELLED);
			case IN_CHAIR -> EnumSet.of(COMPLETED);
			case COMPLETED, NO_SHOW, CANCELLED -> EnumSet.noneOf(AppointmentStatus.class);
		};
	}

	public boolean canBecome(AppointmentStatus status) {
		return next().contains(status);
	}

	/** Whether the appointment still holds its time: a cancelled or missed one frees the slot for someone else. */
	public boolean holdsTime() {
		return this != NO_SHOW && this != CANCELLED;
	}

	/** Whether it can still be moved: only before the patient has come. */
	public boolean isMovable() {
		return this == BOOKED || this == CONFIRMED;
	}

	/** The statuses that hold time, for queries. */
	public static Set<AppointmentStatus> holdingTime() {
		var holding = EnumSet.noneOf(AppointmentStatus.class);
		for (var status : values()) {
			if (status.holdsTime()) {
				holding.add(status);
			}
		}
		return holding;
	}
}
