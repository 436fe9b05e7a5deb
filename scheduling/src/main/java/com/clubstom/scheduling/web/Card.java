package com.clubstom.scheduling.web;

import com.clubstom.scheduling.Appointment;

/**
 * An appointment as the calendar draws it: where it stands in its column ({@code top}, {@code height} in minutes; side
 * by side in {@code lanes} when cancelled ones share the time), and what it says.
 */
record Card(Appointment appointment, int top, int height, int lane, int lanes, String patientName, String doctorName,
		String doctorColour, String chairName, String services, boolean alert, boolean movable) {

	Card inLane(int newLane, int laneCount) {
		return new Card(appointment, top, height, newLane, laneCount, patientName, doctorName, doctorColour, chairName,
				services, alert, movable);
	}

	int bottom() {
		return top + height;
	}
}
