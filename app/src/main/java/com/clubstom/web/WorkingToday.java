package com.clubstom.web;

import java.util.List;

import org.springframework.stereotype.Component;

import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.WorkingHours;

/** Who works in the clinic today and when: the front desk's first question of the morning. */
@Component
class WorkingToday {

	private final StaffDirectory directory;
	private final WorkingHours hours;

	WorkingToday(StaffDirectory directory, WorkingHours hours) {
		this.directory = directory;
		this.hours = hours;
	}

	/** The current team members who have hours today, in catalogue order, with those hours ("09:00–13:00, 15:00–20:00"). */
	List<Person> people() {
		var team = directory.catalogue(StaffCatalogueQuery.everyoneCurrent());
		var today = hours.todayFor(team.stream().map(StaffMember::id).toList());
		return team.stream().filter(member -> !today.getOrDefault(member.id(), "").isEmpty())
				.map(member -> new Person(member, today.get(member.id()))).toList();
	}

	/** One person working today. */
	record Person(StaffMember member, String hours) {
	}
}
