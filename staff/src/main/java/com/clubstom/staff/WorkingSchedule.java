package com.clubstom.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When one staff member works: weekly shifts per weekday (split shifts allowed, e.g. 09:00–13:00 and 15:00–20:00) and
 * exceptions by date range (vacation, sick leave, extra shifts). Stored under the staff member's id. Every change is
 * checked against the rules (start before end, inside the clinic's opening hours ({@link ClinicWorkingDay}),
 * no two shifts of a day overlapping, so nobody sits in two chairs or twice in one at once) and announced with
 * {@link WorkingHoursChanged}.
 */
@AggregateRoot
@Document("working_schedules")
public class WorkingSchedule extends AbstractAggregateRoot<WorkingSchedule> {

	/** An exception longer than this is a typing mistake (a year in the "to" field). */
	static final int LONGEST_EXCEPTION_DAYS = 366;
	static final int MAXIMUM_NOTE_LENGTH = 200;

	private static final Comparator<Shift> BY_START = Comparator.comparing(Shift::start);

	@Id
	@Identity
	private final UUID id;

	private Map<DayOfWeek, List<Shift>> week;
	private List<ScheduleException> exceptions;
	@Indexed
	private Instant changedAt;
	private String changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	WorkingSchedule(UUID id, Map<DayOfWeek, List<Shift>> week, List<ScheduleException> exceptions, Instant changedAt,
			String changedBy, Long version) {
		this.id = id;
		this.week = sortedCopy(week);
		this.exceptions = exceptions == null ? new ArrayList<>() : new ArrayList<>(exceptions);
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	/** The schedule of someone whose hours were never set: no shifts, no exceptions. */
	static WorkingSchedule emptyFor(StaffMemberId staffMember) {
		return new WorkingSchedule(staffMember.value(), Map.of(), List.of(), null, null, null);
	}

	/**
	 * Replaces the weekly shifts.
	 *
	 * @throws InvalidWorkingHoursException when {@link #checkWeek} finds a broken rule
	 */
	void changeWeeklyShifts(Map<DayOfWeek, List<Shift>> newWeek, ClinicWorkingDay open, Instant at, String by) {
		requireValid(checkWeek(newWeek, open));
		week = sortedCopy(newWeek);
		changed(at, by);
	}

	/**
	 * Records a vacation, a sick leave or an extra shift.
	 *
	 * @throws InvalidWorkingHoursException when {@link #check(ScheduleException, ClinicWorkingDay)} finds a broken rule
	 */
	void addException(ScheduleException exception, ClinicWorkingDay open, Instant at, String by) {
		requireValid(check(exception, open));
		exceptions.add(exception);
		exceptions.sort(Comparator.comparing(ScheduleException::from).thenComparing(ScheduleException::to));
		changed(at, by);
	}

	/**
	 * Withdraws the exception at {@code index} of {@link #exceptions()}.
	 *
	 * @throws IndexOutOfBoundsException when there is no such exception
	 */
	void removeException(int index, Instant at, String by) {
		exceptions.remove(index);
		changed(at, by);
	}

	private void changed(Instant at, String by) {
		changedAt = at;
		changedBy = by;
		registerEvent(new WorkingHoursChanged(staffMemberId(), weeklyShifts(), exceptions(), at, by));
	}

	/**
	 * When the person works on {@code date}, in order: the weekly shifts of its weekday unless a vacation or sick leave
	 * covers the date, plus the extra shifts on that date.
	 */
	public List<WorkingPeriod> on(LocalDate date) {
		var periods = new ArrayList<WorkingPeriod>();
		if (exceptions.stream().noneMatch(exception -> exception.isAbsence() && exception.covers(date))) {
			shiftsOn(date.getDayOfWeek()).forEach(shift -> periods.add(new WorkingPeriod(shift.start(), shift.end(), shift.chairId(), false)));
		}
		exceptions.stream().filter(exception -> exception.kind() == ScheduleException.Kind.EXTRA_SHIFT && exception.covers(date))
				.forEach(extra -> periods.add(new WorkingPeriod(extra.start(), extra.end(), extra.chairId(), true)));
		periods.sort(Comparator.comparing(WorkingPeriod::start));
		return periods;
	}

	/**
	 * Whether the person works during the whole interval: it lies on one date inside one period (periods that touch,
	 * such as a shift ending at 13:00 and an extra shift starting at 13:00, count as one).
	 */
	public boolean isWorking(LocalDateTime start, LocalDateTime end) {
		if (!start.toLocalDate().equals(end.toLocalDate()) || !start.isBefore(end)) {
			return false;
		}
		var from = start.toLocalTime();
		var until = end.toLocalTime();
		LocalTime stretchStart = null;
		LocalTime stretchEnd = null;
		for (var period : on(start.toLocalDate())) {
			if (stretchEnd != null && !period.start().isAfter(stretchEnd)) {
				stretchEnd = period.end().isAfter(stretchEnd) ? period.end() : stretchEnd;
			}
			else {
				stretchStart = period.start();
				stretchEnd = period.end();
			}
			if (!from.isBefore(stretchStart) && !until.isAfter(stretchEnd)) {
				return true;
			}
		}
		return false;
	}

	/** {@code 09:00–13:00, 15:00–20:00}, or an empty text when the person does not work on {@code date}. */
	public String display(LocalDate date) {
		return on(date).stream().map(WorkingPeriod::display).collect(Collectors.joining(", "));
	}

	/**
	 * The rules weekly shifts must keep, each broken one named as the form field
	 * {@code days[<0 for Monday .. 6 for Sunday>].shifts[<position in the day's list>].start|end}: the start is before the
	 * end, both inside the clinic's day, and no shift of a day overlaps another (which also keeps one person out of two
	 * chairs, or twice in one chair, at the same time).
	 */
	public static List<RuleViolation> checkWeek(Map<DayOfWeek, List<Shift>> week, ClinicWorkingDay open) {
		var violations = new ArrayList<RuleViolation>();
		week.forEach((day, shifts) -> {
			var accepted = new ArrayList<Shift>();
			for (int position = 0; position < shifts.size(); position++) {
				var shift = shifts.get(position);
				var field = "days[" + (day.getValue() - 1) + "].shifts[" + position + "].";
				var broken = violationsOf(shift.start(), shift.end(), field, open);
				if (broken.isEmpty() && accepted.stream().anyMatch(other -> other.overlaps(shift.start(), shift.end()))) {
					broken.add(new RuleViolation(field + "start", "hours.shift.overlaps"));
				}
				if (broken.isEmpty()) {
					accepted.add(shift);
				}
				violations.addAll(broken);
			}
		});
		return violations;
	}

	/**
	 * The rules an exception must keep, named as the fields of the exception form ({@code from}, {@code to}, {@code kind},
	 * {@code start}, {@code end}, {@code note}): a date range of at most a year; an extra shift's times inside the clinic's
	 * day and overlapping neither the weekly shifts nor another extra shift on any of its dates.
	 */
	public List<RuleViolation> check(ScheduleException exception, ClinicWorkingDay open) {
		var violations = new ArrayList<RuleViolation>();
		if (exception.kind() == null) {
			violations.add(new RuleViolation("kind", "hours.exception.kind.required"));
		}
		if (exception.from() == null) {
			violations.add(new RuleViolation("from", "hours.exception.from.required"));
		}
		else if (exception.to().isBefore(exception.from())) {
			violations.add(new RuleViolation("to", "hours.exception.to-before-from"));
		}
		else if (ChronoUnit.DAYS.between(exception.from(), exception.to()) >= LONGEST_EXCEPTION_DAYS) {
			violations.add(new RuleViolation("to", "hours.exception.too-long"));
		}
		if (exception.note() != null && exception.note().length() > MAXIMUM_NOTE_LENGTH) {
			violations.add(new RuleViolation("note", "hours.exception.note.too-long"));
		}
		if (exception.kind() == ScheduleException.Kind.EXTRA_SHIFT) {
			if (exception.start() == null) {
				violations.add(new RuleViolation("start", "hours.shift.start.required"));
			}
			if (exception.end() == null) {
				violations.add(new RuleViolation("end", "hours.shift.end.required"));
			}
			if (exception.start() != null && exception.end() != null) {
				violations.addAll(violationsOf(exception.start(), exception.end(), "", open));
			}
			if (violations.isEmpty() && overlapsOtherHours(exception)) {
				violations.add(new RuleViolation("start", "hours.exception.overlaps"));
			}
		}
		return violations;
	}

	private boolean overlapsOtherHours(ScheduleException extra) {
		var lastWeekday = extra.from().plusDays(6).isBefore(extra.to()) ? extra.from().plusDays(6) : extra.to();
		var weekdays = extra.from().datesUntil(lastWeekday.plusDays(1)).map(LocalDate::getDayOfWeek);
		return weekdays.anyMatch(day -> shiftsOn(day).stream().anyMatch(shift -> shift.overlaps(extra.start(), extra.end())))
				|| exceptions.stream().filter(other -> other.kind() == ScheduleException.Kind.EXTRA_SHIFT)
						.filter(other -> !other.from().isAfter(extra.to()) && !extra.from().isAfter(other.to()))
						.anyMatch(other -> other.start().isBefore(extra.end()) && extra.start().isBefore(other.end()));
	}

	private static List<RuleViolation> violationsOf(LocalTime start, LocalTime end, String field, ClinicWorkingDay open) {
		var violations = new ArrayList<RuleViolation>();
		if (start.isBefore(open.opens())) {
			violations.add(new RuleViolation(field + "start", "hours.shift.outside-day"));
		}
		if (end.isAfter(open.closes())) {
			violations.add(new RuleViolation(field + "end", "hours.shift.outside-day"));
		}
		if (!start.isBefore(end)) {
			violations.add(new RuleViolation(field + "end", "hours.shift.end-before-start"));
		}
		return violations;
	}

	private static void requireValid(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidWorkingHoursException(violations);
		}
	}

	private static Map<DayOfWeek, List<Shift>> sortedCopy(Map<DayOfWeek, List<Shift>> week) {
		var copy = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		if (week != null) {
			week.forEach((day, shifts) -> {
				if (shifts != null && !shifts.isEmpty()) {
					copy.put(day, shifts.stream().sorted(BY_START).toList());
				}
			});
		}
		return copy;
	}

	public StaffMemberId staffMemberId() {
		return new StaffMemberId(id);
	}

	/** The shifts of {@code day}, by start; empty on a day off. */
	public List<Shift> shiftsOn(DayOfWeek day) {
		return week.getOrDefault(day, List.of());
	}

	/** Every weekday that has shifts, Monday first. */
	public Map<DayOfWeek, List<Shift>> weeklyShifts() {
		return Collections.unmodifiableMap(new EnumMap<>(week));
	}

	/** Every exception on record, by start date. */
	public List<ScheduleException> exceptions() {
		return List.copyOf(exceptions);
	}

	/** Whether no weekly shift and no exception was ever set. */
	public boolean isEmpty() {
		return week.isEmpty() && exceptions.isEmpty();
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
