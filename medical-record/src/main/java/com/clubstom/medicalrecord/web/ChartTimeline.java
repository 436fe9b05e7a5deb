package com.clubstom.medicalrecord.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The chart's timeline: the stops of the scrubber (every earlier day something was recorded, then "now" at the far
 * right) and the day shown, which a bookmark may also name directly.
 *
 * @param days the earlier days, oldest first; the stop after the last of them is now
 * @param step the scrubber's position
 * @param day the day shown, or null for now
 */
record ChartTimeline(List<LocalDate> days, int step, LocalDate day) {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/**
	 * The timeline over {@code recordingDays}: at the scrubber's {@code step}, or on the day {@code asOf} (the scrubber
	 * then rests on the latest stop not after it), or now.
	 */
	static ChartTimeline of(List<LocalDate> recordingDays, LocalDate today, Integer step, LocalDate asOf) {
		var days = recordingDays.stream().filter(day -> day.isBefore(today)).toList();
		if (step != null) {
			int shown = Math.max(0, Math.min(step, days.size()));
			return new ChartTimeline(days, shown, shown < days.size() ? days.get(shown) : null);
		}
		if (asOf != null && asOf.isBefore(today)) {
			int atOrBefore = (int) days.stream().filter(day -> !day.isAfter(asOf)).count();
			return new ChartTimeline(days, Math.max(atOrBefore - 1, 0), asOf);
		}
		return new ChartTimeline(days, days.size(), null);
	}

	/** The chart is shown as it stands now, and may be written on. */
	public boolean isNow() {
		return day == null;
	}

	/** Whether there is anything earlier to scrub back to. */
	public boolean hasPast() {
		return !days.isEmpty();
	}

	/** One label per stop, separated by {@code |}, for the scrubber to show while it is dragged: the days, then {@code now}. */
	public String labels(String now) {
		var labels = new java.util.StringJoiner("|");
		days.forEach(day -> labels.add(day.format(DAY)));
		return labels.add(now).toString();
	}

	/** The scrubber's last stop: now. */
	public int last() {
		return days.size();
	}
}
