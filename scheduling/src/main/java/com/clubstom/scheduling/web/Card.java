package com.clubstom.scheduling.web;

import com.clubstom.scheduling.CalendarEntry;

/**
 * An appointment as the calendar draws it: where it stands in its column ({@code top}, {@code height} in minutes; side
 * by side in {@code lanes} when cancelled ones share the time), and what it says; {@link CardMarkup} writes it.
 */
record Card(CalendarEntry appointment, int top, int height, int lane, int lanes, String patientName, String doctorName,
		String doctorColour, String chairName, String services, boolean alert, boolean movable) {

	Card inLane(int newLane, int laneCount) {
		return new Card(appointment, top, height, newLane, laneCount, patientName, doctorName, doctorColour, chairName,
				services, alert, movable);
	}

	int bottom() {
		return top + height;
	}

	/** {@code appointment appointment--BOOKED is-movable is-short}. */
	String classes() {
		return "appointment appointment--" + appointment.status() + (movable ? " is-movable" : "")
				+ (height < 30 ? " is-short" : "");
	}

	/** Position, size, lane and the doctor's colour, as the CSS custom properties the grid lays cards out by. */
	String style() {
		return "--top:" + top + ";--height:" + height + ";--lane:" + lane + ";--lanes:" + lanes
				+ ";--doctor:" + doctorColour;
	}

	/** {@code 09:30–10:15}. */
	String time() {
		return appointment.slot().display();
	}
}
