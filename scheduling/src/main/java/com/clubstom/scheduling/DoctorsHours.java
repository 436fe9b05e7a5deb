package com.clubstom.scheduling;

import java.time.LocalDate;

import com.clubstom.staff.WorkingSchedule;

/** What the slot rules need to know of a doctor's working hours. */
interface DoctorsHours {

	/** Whether the doctor works during the whole slot. */
	boolean cover(TimeSlot slot);

	/** Whether a vacation or sick leave keeps the doctor away on the date. */
	boolean isAwayOn(LocalDate date);

	static DoctorsHours of(WorkingSchedule schedule) {
		return new DoctorsHours() {

			@Override
			public boolean cover(TimeSlot slot) {
				return schedule.isWorking(slot.start(), slot.end());
			}

			@Override
			public boolean isAwayOn(LocalDate date) {
				return schedule.exceptions().stream().anyMatch(exception -> exception.isAbsence() && exception.covers(date));
			}
		};
	}
}
