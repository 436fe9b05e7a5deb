package com.clubstom.staff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/**
 * The staff context's API for working hours: the owner sets each person's weekly shifts and exceptions; the calendar
 * and the staff catalogue ask who works when. "Today" is today in the clinic's time zone ({@link ClinicProfile}). Each
 * change is saved with its {@link WorkingHoursChanged} event in one transaction.
 */
@Service
public class WorkingHours {

	private final WorkingSchedules schedules;
	private final Chairs chairs;
	private final ClinicProfile clinic;
	private final Clock clock;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	WorkingHours(WorkingSchedules schedules, Chairs chairs, ClinicProfile clinic, Clock clock,
			TransactionOperations transactions, ObjectProvider<Actors> actors) {
		this.schedules = schedules;
		this.chairs = chairs;
		this.clinic = clinic;
		this.clock = clock;
		this.transactions = transactions;
		this.actors = actors;
	}

	/** The person's schedule; an empty one when their hours were never set. */
	public WorkingSchedule scheduleOf(StaffMemberId staffMember) {
		return schedules.findById(staffMember.value()).orElseGet(() -> WorkingSchedule.emptyFor(staffMember));
	}

	/** The schedules of several people in one query (the calendar's columns); an empty one for whoever has none. */
	public Map<StaffMemberId, WorkingSchedule> schedulesOf(Collection<StaffMemberId> staffMembers) {
		var found = new LinkedHashMap<StaffMemberId, WorkingSchedule>();
		schedules.findAllById(staffMembers.stream().map(StaffMemberId::value).toList())
				.forEach(schedule -> found.put(schedule.staffMemberId(), schedule));
		staffMembers.forEach(member -> found.computeIfAbsent(member, WorkingSchedule::emptyFor));
		return found;
	}

	/**
	 * Replaces the weekly shifts.
	 *
	 * @throws InvalidWorkingHoursException when shifts overlap, end before they start, lie outside the clinic's day or
	 *         name a chair that is not in service
	 */
	public void changeWeeklyShifts(StaffMemberId staffMember, Map<DayOfWeek, List<Shift>> week) {
		var unknownChairs = new ArrayList<RuleViolation>();
		week.forEach((day, shifts) -> {
			for (int position = 0; position < shifts.size(); position++) {
				if (!isChairInService(shifts.get(position).chairId())) {
					unknownChairs.add(new RuleViolation("days[" + (day.getValue() - 1) + "].shifts[" + position + "].chairId",
							"hours.shift.chair-unknown"));
				}
			}
		});
		var violations = new ArrayList<>(WorkingSchedule.checkWeek(week, clinic.workingDay()));
		violations.addAll(unknownChairs);
		if (!violations.isEmpty()) {
			throw new InvalidWorkingHoursException(violations);
		}
		change(staffMember, schedule -> schedule.changeWeeklyShifts(week, clinic.workingDay(), clock.instant(), actor()));
	}

	/**
	 * Records a vacation, a sick leave or an extra shift.
	 *
	 * @throws InvalidWorkingHoursException when the exception breaks a rule of {@link WorkingSchedule#check}
	 */
	public void addException(StaffMemberId staffMember, ScheduleException exception) {
		if (!isChairInService(exception.chairId())) {
			throw new InvalidWorkingHoursException(List.of(new RuleViolation("chairId", "hours.shift.chair-unknown")));
		}
		change(staffMember, schedule -> schedule.addException(exception, clinic.workingDay(), clock.instant(), actor()));
	}

	/**
	 * Withdraws the exception at {@code index} of the schedule's {@link WorkingSchedule#exceptions()}, as the editor saw
	 * it at {@code seenVersion}.
	 *
	 * @throws WorkingHoursChangedMeanwhileException when the schedule changed after the editor saw it (the index may now
	 *         point at another exception)
	 */
	public void removeException(StaffMemberId staffMember, int index, long seenVersion) {
		change(staffMember, schedule -> {
			if (schedule.version() != seenVersion || index < 0 || index >= schedule.exceptions().size()) {
				throw new WorkingHoursChangedMeanwhileException(staffMember);
			}
			schedule.removeException(index, clock.instant(), actor());
		});
	}

	/** When the person works on {@code date}, in order (see {@link WorkingSchedule#on}). */
	public List<WorkingPeriod> on(StaffMemberId staffMember, LocalDate date) {
		return scheduleOf(staffMember).on(date);
	}

	/** Whether the person works during the whole interval, which lies on one date (see {@link WorkingSchedule#isWorking}). */
	public boolean isWorking(StaffMemberId staffMember, LocalDateTime start, LocalDateTime end) {
		return scheduleOf(staffMember).isWorking(start, end);
	}

	/**
	 * Today's hours of each person, for lists: {@code "09:00–13:00, 15:00–20:00"}, or an empty text for whoever does not
	 * work today (or has no schedule). One query for all of them.
	 */
	public Map<StaffMemberId, String> todayFor(Collection<StaffMemberId> staffMembers) {
		var today = today();
		var found = new LinkedHashMap<StaffMemberId, String>();
		staffMembers.forEach(id -> found.put(id, ""));
		schedules.findAllById(staffMembers.stream().map(StaffMemberId::value).toList())
				.forEach(schedule -> found.put(schedule.staffMemberId(), schedule.display(today)));
		return found;
	}

	/** The rules of a week's shifts against the clinic's opening hours (the form shows them beside the fields). */
	public List<RuleViolation> checkWeek(Map<DayOfWeek, List<Shift>> week) {
		return WorkingSchedule.checkWeek(week, clinic.workingDay());
	}

	/** The rules of an exception for this person's schedule, against the clinic's opening hours. */
	public List<RuleViolation> check(StaffMemberId staffMember, ScheduleException exception) {
		return scheduleOf(staffMember).check(exception, clinic.workingDay());
	}

	/** When the clinic opens and closes: no shift lies outside. */
	public ClinicWorkingDay clinicDay() {
		return clinic.workingDay();
	}

	/** Today in the clinic's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	private boolean isChairInService(ChairId chair) {
		return chair == null || chairs.find(chair).filter(Chair::isActive).isPresent();
	}

	private void change(StaffMemberId staffMember, Consumer<WorkingSchedule> work) {
		transactions.executeWithoutResult(status -> {
			var schedule = scheduleOf(staffMember);
			work.accept(schedule);
			schedules.save(schedule);
		});
	}

	private String actor() {
		return actors.getIfAvailable(() -> Actor::system).current().username();
	}

	/** Someone else changed the schedule after the editor saw it; nothing was changed. */
	public static class WorkingHoursChangedMeanwhileException extends RuntimeException {

		WorkingHoursChangedMeanwhileException(StaffMemberId staffMember) {
			super("The working hours of " + staffMember + " changed meanwhile");
		}
	}
}
