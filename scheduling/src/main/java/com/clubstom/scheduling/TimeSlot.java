package com.clubstom.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * When an appointment takes place, in the clinic's local time: on one date, starting and ending on the calendar's
 * five-minute grid, at least five minutes and at most {@link #LONGEST} long.
 */
public record TimeSlot(LocalDateTime start, LocalDateTime end) implements ValueObject {

	/** The calendar's grid: every start and end falls on it. */
	public static final int STEP_MINUTES = 5;
	/** A longer sitting is a typing mistake: even a full-mouth surgery is split into visits. */
	public static final Duration LONGEST = Duration.ofHours(8);

	public TimeSlot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A slot ends after it starts: " + start + "–" + end);
		}
		if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			throw new IllegalArgumentException("A slot lies on one date: " + start + "–" + end);
		}
		if (!onGrid(start) || !onGrid(end)) {
			throw new IllegalArgumentException("A slot starts and ends on the " + STEP_MINUTES + "-minute grid: " + start + "–" + end);
		}
		if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("A slot lasts at most " + LONGEST + ": " + start + "–" + end);
		}
	}

	/** The slot starting at {@code start} lasting {@code minutes}. */
	public static TimeSlot of(LocalDateTime start, int minutes) {
		return new TimeSlot(start, start.plusMinutes(minutes));
	}

	/** Whether {@code time} lies on the grid (whole minutes, a multiple of five). */
	public static boolean onGrid(LocalDateTime time) {
		return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % STEP_MINUTES == 0;
	}

	public LocalDate date() {
		return start.toLocalDate();
	}

	public int minutes() {
		return (int) ChronoUnit.MINUTES.between(start, end);
	}

	/** Whether the two slots share a moment; touching slots (one ends at 10:00, the next starts at 10:00) do not. */
	public boolean overlaps(TimeSlot other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	/** The same length, starting at {@code newStart}. */
	public TimeSlot movedTo(LocalDateTime newStart) {
		return of(newStart, minutes());
	}

	/** {@code 09:30–10:15}. */
	public String display() {
		return start.toLocalTime() + "\u2013" + end.toLocalTime();
	}
}
