package com.clubstom.medicalrecord;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a treatment plan stands. A draft is proposed to the patient, who accepts or declines it; an accepted plan is in
 * progress from its first item done and completed with its last. Drafts and proposed plans can still be edited (editing
 * a proposed plan makes it a draft again: the patient has not seen the new version); accepted plans keep their items.
 */
public enum PlanStatus {

	DRAFT, PROPOSED, ACCEPTED, IN_PROGRESS, COMPLETED, DECLINED;

	/** Whether stages and items may still be added, changed and removed. */
	public boolean isEditable() {
		return this == DRAFT || this == PROPOSED;
	}

	/** Whether the plan is the patient's agreed treatment: its items are offered to visits and get done. */
	public boolean isAgreed() {
		return this == ACCEPTED || this == IN_PROGRESS;
	}

	/** Whether the plan's work is still ahead: the chart marks the teeth of such plans' outstanding items. */
	public boolean isOpen() {
		return this != COMPLETED && this != DECLINED;
	}

	/** The statuses a person may move the plan to from this one (in progress and completed follow from visits). */
	public Set<PlanStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PROPOSED);
			case PROPOSED -> EnumSet.of(ACCEPTED, DECLINED);
			default -> EnumSet.noneOf(PlanStatus.class);
		};
	}
}
