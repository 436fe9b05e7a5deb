package com.clubstom.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jmolecules.event.types.DomainEvent;

/**
 * A staff member's working hours changed: the weekly shifts or the exceptions (vacation, sick leave, extra shifts). It
 * carries the whole new schedule, so a listener (the calendar) rebuilds what it needs without calling back.
 *
 * @param changedBy the username of whoever changed it, {@code "system"} for seeding
 */
public record WorkingHoursChanged(StaffMemberId staffMemberId, Map<DayOfWeek, List<Shift>> weeklyShifts,
		List<ScheduleException> exceptions, Instant changedAt, String changedBy) implements DomainEvent {
}
