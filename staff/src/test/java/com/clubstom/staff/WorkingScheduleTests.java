package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A staff member's week and its exceptions, as the owner sets them and the calendar reads them. */
class WorkingScheduleTests {

	/** The clinic\'s opening hours in these tests: from seven in the morning to ten at night. */
	static final ClinicWorkingDay OPEN = new ClinicWorkingDay(LocalTime.of(7, 0), LocalTime.of(22, 0));

	static final Instant NOW = Instant.parse("2025-03-03T06:00:00Z");
	/** A Monday. */
	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
	static final ChairId CHAIR_1 = new ChairId(UUID.randomUUID());
	static final ChairId CHAIR_2 = new ChairId(UUID.randomUUID());

	final WorkingSchedule schedule = WorkingSchedule.emptyFor(new StaffMemberId(UUID.randomUUID()));

	@Test
	void aSplitShiftIsTwoPeriodsOfTheDay() {
		worksOnMondays(Shift.of("15:00", "20:00"), Shift.of("09:00", "13:00").in(CHAIR_1));

		assertThat(schedule.on(MONDAY)).containsExactly(
				new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(13, 0), CHAIR_1, false),
				new WorkingPeriod(LocalTime.of(15, 0), LocalTime.of(20, 0), null, false));
		assertThat(schedule.on(MONDAY.plusDays(1))).isEmpty();
	}

	@Test
	void overlappingShiftsOfADayAreRefusedBesideTheLaterRow() {
		assertThatExceptionOfType(InvalidWorkingHoursException.class)
				.isThrownBy(() -> worksOnMondays(Shift.of("09:00", "13:00"), Shift.of("12:00", "16:00")))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new RuleViolation("days[0].shifts[1].start", "hours.shift.overlaps")));
		assertThat(schedule.on(MONDAY)).isEmpty();
	}

	@Test
	void oneCannotSitInTwoChairsAtOnce() {
		var twoChairs = Map.of(DayOfWeek.WEDNESDAY, List.of(Shift.of("10:00", "14:00").in(CHAIR_1), Shift.of("10:00", "12:00").in(CHAIR_2)));

		assertThat(WorkingSchedule.checkWeek(twoChairs, OPEN))
				.containsExactly(new RuleViolation("days[2].shifts[1].start", "hours.shift.overlaps"));
	}

	@Test
	void touchingShiftsDoNotOverlap() {
		worksOnMondays(Shift.of("09:00", "13:00"), Shift.of("13:00", "17:00"));

		assertThat(schedule.on(MONDAY)).hasSize(2);
	}

	@Test
	void aShiftEndsAfterItStartsAndWithinTheClinicsDay() {
		var week = Map.of(DayOfWeek.SUNDAY, List.of(Shift.of("13:00", "09:00"), Shift.of("06:30", "22:30")));

		assertThat(WorkingSchedule.checkWeek(week, OPEN)).containsExactlyInAnyOrder(
				new RuleViolation("days[6].shifts[0].end", "hours.shift.end-before-start"),
				new RuleViolation("days[6].shifts[1].start", "hours.shift.outside-day"),
				new RuleViolation("days[6].shifts[1].end", "hours.shift.outside-day"));
	}

	@Test
	void aVacationHidesTheWeeklyShiftsOfTheDatesItCovers() {
		worksOnMondays(Shift.of("09:00", "15:00"));
		schedule.addException(ScheduleException.vacation(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), "Отпуск"), OPEN, NOW, "owner");

		assertThat(schedule.on(MONDAY)).hasSize(1);
		assertThat(schedule.on(MONDAY.plusWeeks(1))).isEmpty();
		assertThat(schedule.on(MONDAY.plusWeeks(2))).isEmpty();
		assertThat(schedule.on(MONDAY.plusWeeks(3))).hasSize(1);
	}

	@Test
	void aSickLeaveHidesTheWeeklyShiftsToo() {
		worksOnMondays(Shift.of("09:00", "15:00"));
		schedule.addException(ScheduleException.sickLeave(MONDAY, null, null), OPEN, NOW, "owner");

		assertThat(schedule.on(MONDAY)).isEmpty();
		assertThat(schedule.display(MONDAY)).isEmpty();
	}

	@Test
	void anExtraShiftAddsHoursOnItsDate() {
		worksOnMondays(Shift.of("09:00", "13:00"));
		var saturday = MONDAY.plusDays(5);
		schedule.addException(ScheduleException.extraShift(MONDAY, LocalTime.of(15, 0), LocalTime.of(18, 0), CHAIR_2, null), OPEN, NOW, "owner");
		schedule.addException(ScheduleException.extraShift(saturday, LocalTime.of(10, 0), LocalTime.of(14, 0), null, "Дежурство"), OPEN, NOW, "owner");

		assertThat(schedule.on(MONDAY)).containsExactly(
				new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(13, 0), null, false),
				new WorkingPeriod(LocalTime.of(15, 0), LocalTime.of(18, 0), CHAIR_2, true));
		assertThat(schedule.display(saturday)).isEqualTo("10:00–14:00");
	}

	@Test
	void anExtraShiftMayNotOverlapTheWeeklyShifts() {
		worksOnMondays(Shift.of("09:00", "13:00"));
		var overlapping = ScheduleException.extraShift(MONDAY.plusWeeks(1), LocalTime.of(12, 0), LocalTime.of(14, 0), null, null);

		assertThatExceptionOfType(InvalidWorkingHoursException.class)
				.isThrownBy(() -> schedule.addException(overlapping, OPEN, NOW, "owner"))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new RuleViolation("start", "hours.exception.overlaps")));
	}

	@Test
	void anExceptionEndsOnOrAfterItStarts() {
		assertThat(schedule.check(ScheduleException.vacation(MONDAY, MONDAY.minusDays(1), null), OPEN))
				.containsExactly(new RuleViolation("to", "hours.exception.to-before-from"));
		assertThat(schedule.check(new ScheduleException(MONDAY, null, ScheduleException.Kind.EXTRA_SHIFT, null, null, null, null), OPEN))
				.containsExactly(new RuleViolation("start", "hours.shift.start.required"), new RuleViolation("end", "hours.shift.end.required"));
	}

	@Test
	void removingAnExceptionBringsTheWeeklyShiftsBack() {
		worksOnMondays(Shift.of("09:00", "15:00"));
		schedule.addException(ScheduleException.vacation(MONDAY, MONDAY, null), OPEN, NOW, "owner");

		schedule.removeException(0, NOW, "owner");

		assertThat(schedule.exceptions()).isEmpty();
		assertThat(schedule.on(MONDAY)).hasSize(1);
	}

	@Test
	void isWorkingWhenTheIntervalLiesWithinOnePeriod() {
		worksOnMondays(Shift.of("09:00", "13:00"), Shift.of("15:00", "20:00"));

		assertThat(schedule.isWorking(at(MONDAY, "09:00"), at(MONDAY, "13:00"))).as("the whole shift").isTrue();
		assertThat(schedule.isWorking(at(MONDAY, "12:30"), at(MONDAY, "13:00"))).as("the last half hour").isTrue();
		assertThat(schedule.isWorking(at(MONDAY, "08:59"), at(MONDAY, "09:30"))).as("a minute before the start").isFalse();
		assertThat(schedule.isWorking(at(MONDAY, "12:30"), at(MONDAY, "13:01"))).as("a minute past the end").isFalse();
		assertThat(schedule.isWorking(at(MONDAY, "12:00"), at(MONDAY, "16:00"))).as("across the break").isFalse();
		assertThat(schedule.isWorking(at(MONDAY, "19:00"), at(MONDAY.plusDays(1), "09:30"))).as("across midnight").isFalse();
		assertThat(schedule.isWorking(at(MONDAY, "10:00"), at(MONDAY, "10:00"))).as("an empty interval").isFalse();
		assertThat(schedule.isWorking(at(MONDAY.plusDays(1), "10:00"), at(MONDAY.plusDays(1), "11:00"))).as("a day off").isFalse();
	}

	@Test
	void periodsThatTouchCountAsOneStretch() {
		worksOnMondays(Shift.of("09:00", "13:00"));
		schedule.addException(ScheduleException.extraShift(MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0), null, null), OPEN, NOW, "owner");

		assertThat(schedule.isWorking(at(MONDAY, "12:30"), at(MONDAY, "13:30"))).isTrue();
	}

	@Test
	void theDisplayListsTheDaysPeriodsInOrder() {
		worksOnMondays(Shift.of("15:00", "20:00"), Shift.of("09:00", "13:00"));

		assertThat(schedule.display(MONDAY)).isEqualTo("09:00–13:00, 15:00–20:00");
		assertThat(schedule.display(MONDAY.plusDays(1))).isEmpty();
	}

	private void worksOnMondays(Shift... shifts) {
		schedule.changeWeeklyShifts(Map.of(DayOfWeek.MONDAY, List.of(shifts)), OPEN, NOW, "owner");
	}

	private static LocalDateTime at(LocalDate date, String time) {
		return date.atTime(LocalTime.parse(time));
	}

	@Test
	void shiftsLieWithinTheClinicsOwnOpeningHours() {
		var nineToSix = new ClinicWorkingDay(LocalTime.of(9, 0), LocalTime.of(18, 0));
		var week = java.util.Map.of(java.time.DayOfWeek.TUESDAY, java.util.List.of(Shift.of("08:30", "12:00"), Shift.of("13:00", "18:00")));

		assertThat(WorkingSchedule.checkWeek(week, nineToSix))
				.containsExactly(new RuleViolation("days[1].shifts[0].start", "hours.shift.outside-day"));
		assertThat(WorkingSchedule.checkWeek(week, OPEN)).isEmpty();
	}
}
