package com.clubstom.medicalrecord;

/**
 * A step the plan's status may not take from where it stands (accepting a draft, declining an accepted plan) or a
 * change to a plan that can no longer be edited; nothing was changed.
 */
public class PlanStatusException extends RuntimeException {

	private final PlanStatus from;
	private final PlanStatus to;

	PlanStatusException(PlanStatus from, PlanStatus to) {
		super("A treatment plan cannot go from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public PlanStatus from() {
		return from;
	}

	public PlanStatus to() {
		return to;
	}
}
