package com.clubstom.staff.web;

import java.util.Collection;
import java.util.Map;

import com.clubstom.staff.StaffMemberId;

/**
 * Today's working hours of staff members, as the catalogue cards show them ("09:00–15:00"), in the clinic's time zone.
 * Implemented by the working-hours feature; until a bean exists the catalogue shows "—".
 */
interface TodaysHours {

	/** The hours of each member that works today; members not in the map do not work today. */
	Map<StaffMemberId, String> forToday(Collection<StaffMemberId> members);
}
