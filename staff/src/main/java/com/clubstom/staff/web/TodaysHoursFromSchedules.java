package com.clubstom.staff.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;

/** The catalogue's "today" line from the working schedules: only the people who work today are in the answer. */
@Component
class TodaysHoursFromSchedules implements TodaysHours {

	private final WorkingHours hours;

	TodaysHoursFromSchedules(WorkingHours hours) {
		this.hours = hours;
	}

	@Override
	public Map<StaffMemberId, String> forToday(Collection<StaffMemberId> members) {
		var working = new LinkedHashMap<StaffMemberId, String>();
		hours.todayFor(members).forEach((member, today) -> {
			if (!today.isEmpty()) {
				working.put(member, today);
			}
		});
		return working;
	}
}
