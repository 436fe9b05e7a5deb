package com.clubstom.staff;

import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.clubstom.testing.AdjustableClock;

/** The owner sets working hours; the calendar learns of every change from the event and asks who works when. */
@ApplicationModuleTest
class WorkingHoursScenarioTests {

	/** Monday 3 March 2025 in the clinic (Moscow), the day {@link AdjustableClock#MONDAY_MORNING} falls on. */
	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired WorkingHours hours;
	@Autowired Chairs chairs;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void changingTheWeekAnnouncesTheNewShifts(Scenario scenario) {
		var doctor = new StaffMemberId(UUID.randomUUID());
		var chair = chairs.add("Кресло " + UUID.randomUUID().toString().substring(0, 6), "Sirona");
		var week = Map.of(DayOfWeek.MONDAY, List.of(Shift.of("09:00", "13:00").in(chair), Shift.of("15:00", "20:00").in(chair)));

		scenario.stimulate(() -> hours.changeWeeklyShifts(doctor, week))
				.andWaitForEventOfType(WorkingHoursChanged.class)
				.matching(changed -> changed.staffMemberId().equals(doctor))
				.toArriveAndVerify(changed -> {
					assertThat(changed.weeklyShifts()).isEqualTo(week);
					assertThat(changed.exceptions()).isEmpty();
					assertThat(changed.changedAt()).isEqualTo(MONDAY_MORNING);
					assertThat(hours.on(doctor, MONDAY)).extracting(WorkingPeriod::display)
							.containsExactly("09:00–13:00", "15:00–20:00");
				});
	}

	@Test
	void aVacationIsAnnouncedWithTheWholeSchedule(Scenario scenario) {
		var doctor = new StaffMemberId(UUID.randomUUID());
		hours.changeWeeklyShifts(doctor, Map.of(DayOfWeek.MONDAY, List.of(Shift.of("09:00", "15:00"))));
		var vacation = ScheduleException.vacation(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), "Отпуск");

		scenario.stimulate(() -> hours.addException(doctor, vacation))
				.andWaitForEventOfType(WorkingHoursChanged.class)
				.matching(changed -> changed.staffMemberId().equals(doctor) && !changed.exceptions().isEmpty())
				.toArriveAndVerify(changed -> {
					assertThat(changed.exceptions()).containsExactly(vacation);
					assertThat(changed.weeklyShifts()).containsKey(DayOfWeek.MONDAY);
					assertThat(hours.isWorking(doctor, MONDAY.plusWeeks(1).atTime(10, 0), MONDAY.plusWeeks(1).atTime(11, 0))).isFalse();
					assertThat(hours.isWorking(doctor, MONDAY.atTime(10, 0), MONDAY.atTime(11, 0))).isTrue();
				});
	}

	@Test
	void refusedShiftsChangeNothingAndAnnounceNothing(AssertablePublishedEvents events) {
		var doctor = new StaffMemberId(UUID.randomUUID());

		assertThatExceptionOfType(InvalidWorkingHoursException.class).isThrownBy(() -> hours.changeWeeklyShifts(doctor,
				Map.of(DayOfWeek.MONDAY, List.of(Shift.of("09:00", "13:00"), Shift.of("12:00", "14:00")))));

		assertThat(hours.scheduleOf(doctor).isEmpty()).isTrue();
		assertThat(events.ofType(WorkingHoursChanged.class).matching(changed -> changed.staffMemberId().equals(doctor))).isEmpty();
	}

	@Test
	void aShiftInAChairOutOfServiceIsRefused() {
		var doctor = new StaffMemberId(UUID.randomUUID());
		var chair = chairs.add("Старое кресло " + UUID.randomUUID().toString().substring(0, 6), null);
		chairs.deactivate(chair);

		assertThatExceptionOfType(InvalidWorkingHoursException.class)
				.isThrownBy(() -> hours.changeWeeklyShifts(doctor, Map.of(DayOfWeek.FRIDAY, List.of(Shift.of("09:00", "13:00").in(chair)))))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new RuleViolation("days[4].shifts[0].chairId", "hours.shift.chair-unknown")));
	}

	@Test
	void todaysHoursForAListOfPeopleInTheClinicsTimeZone() {
		var doctor = new StaffMemberId(UUID.randomUUID());
		var assistant = new StaffMemberId(UUID.randomUUID());
		var nobody = new StaffMemberId(UUID.randomUUID());
		hours.changeWeeklyShifts(doctor, Map.of(DayOfWeek.MONDAY, List.of(Shift.of("15:00", "20:00"), Shift.of("09:00", "13:00"))));
		hours.changeWeeklyShifts(assistant, Map.of(DayOfWeek.SUNDAY, List.of(Shift.of("10:00", "16:00"))));

		// 23:30 on Sunday in Moscow: still the clinic's Sunday
		StaffFixtures.itIsSundayLateEvening(clock);
		assertThat(hours.todayFor(List.of(doctor, assistant))).containsEntry(doctor, "").containsEntry(assistant, "10:00–16:00");

		// 00:30 on Monday in Moscow is still Sunday in UTC: the clinic's Monday
		((AdjustableClock) clock).setTo(AdjustableClock.MONDAY_JUST_AFTER_MIDNIGHT);
		assertThat(hours.todayFor(List.of(doctor, assistant, nobody))).containsExactly(
				Map.entry(doctor, "09:00–13:00, 15:00–20:00"), Map.entry(assistant, ""), Map.entry(nobody, ""));
	}

	@Test
	void removingAnExceptionSeenAtAnOlderVersionIsRefused() {
		var doctor = new StaffMemberId(UUID.randomUUID());
		hours.addException(doctor, ScheduleException.sickLeave(MONDAY, MONDAY.plusDays(2), null));
		var seen = hours.scheduleOf(doctor).version();
		hours.addException(doctor, ScheduleException.extraShift(MONDAY.plusDays(5), LocalTime.of(10, 0), LocalTime.of(14, 0), null, null));

		assertThatExceptionOfType(WorkingHours.WorkingHoursChangedMeanwhileException.class)
				.isThrownBy(() -> hours.removeException(doctor, 0, seen));
		hours.removeException(doctor, 0, hours.scheduleOf(doctor).version());
		assertThat(hours.scheduleOf(doctor).exceptions()).extracting(ScheduleException::kind)
				.containsExactly(ScheduleException.Kind.EXTRA_SHIFT);
	}

	@Test
	void chairNamesAreUniqueAmongChairsInService() {
		var name = "Кресло " + UUID.randomUUID().toString().substring(0, 6);
		var first = chairs.add(name, null);

		assertThatExceptionOfType(InvalidChairException.class).isThrownBy(() -> chairs.add(" " + name.toUpperCase() + " ", null))
				.satisfies(refused -> assertThat(refused.violations()).containsExactly(new RuleViolation("name", "chair.name.taken")));
		chairs.deactivate(first);
		var second = chairs.add(name, "новое");
		assertThatExceptionOfType(InvalidChairException.class).isThrownBy(() -> chairs.reactivate(first));

		assertThat(chairs.active()).extracting(Chair::id).contains(second).doesNotContain(first);
		assertThat(chairs.all()).extracting(Chair::id).contains(first, second);
	}
}
