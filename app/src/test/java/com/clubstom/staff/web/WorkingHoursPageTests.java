package com.clubstom.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.staff.Chairs;
import com.clubstom.staff.Role;
import com.clubstom.staff.ScheduleException;
import com.clubstom.staff.Shift;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * A staff member's working hours: a fragment of the profile everyone may see; the week's dialog and every change for
 * the owner only.
 */
@ClubStomWebTest
class WorkingHoursPageTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired WorkingHours hours;
	@Autowired Chairs chairs;
	@Autowired TodaysHours todaysHours;

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneSeesTheHoursFragmentOfAnyoneEvenWithoutHoursSet(Role role) throws Exception {
		var someone = UUID.randomUUID();

		mvc.perform(htmx(get("/staff/" + someone + "/hours")).with(user(staff.signedIn(role)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"staff-hours\""), containsString("Рабочее время не задано."),
						not(containsString("<html")))))
				.andExpect(content().string(role == Role.OWNER
						? allOf(containsString("data-testid=\"edit-hours\""), containsString("data-testid=\"exception-form\""))
						: allOf(not(containsString("data-testid=\"edit-hours\"")), not(containsString("data-testid=\"exception-form\"")))));
	}

	@Test
	void theWeekTableShowsEachDaysShiftsWithTheirChairsAndTheUpcomingVacation() throws Exception {
		var doctor = aStaffMember();
		var chair = chairs.add("Кресло " + UUID.randomUUID().toString().substring(0, 6), null);
		var chairName = chairs.find(chair).orElseThrow().name();
		hours.changeWeeklyShifts(doctor, Map.of(DayOfWeek.MONDAY, List.of(Shift.of("09:00", "13:00").in(chair), Shift.of("15:00", "20:00")),
				DayOfWeek.SATURDAY, List.of(Shift.of("10:00", "16:00"))));
		var from = LocalDate.now().plusDays(30);
		hours.addException(doctor, ScheduleException.vacation(from, from.plusDays(13), "Ежегодный"));

		mvc.perform(htmx(get("/staff/" + doctor + "/hours")).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(allOf(containsString("Понедельник"), containsString("09:00–13:00"), containsString(chairName),
						containsString("15:00–20:00"), containsString("Суббота"), containsString("10:00–16:00"), containsString("Выходной"),
						containsString("Отпуск"), containsString(from.format(SHOWN) + " – " + from.plusDays(13).format(SHOWN)),
						containsString("Ежегодный"), not(containsString("Рабочее время не задано.")))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "OWNER", mode = EnumSource.Mode.EXCLUDE)
	void onlyTheOwnerEditsHours(Role role) throws Exception {
		var someone = aStaffMember();

		mvc.perform(htmx(get("/staff/" + someone + "/hours/edit")).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/staff/" + someone + "/hours")).param("days[0].shifts[0].start", "09:00")
				.param("days[0].shifts[0].end", "13:00").with(csrf()).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/staff/" + someone + "/exceptions")).param("kind", "VACATION")
				.param("from", LocalDate.now().plusDays(3).toString()).with(csrf()).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/staff/" + someone + "/exceptions/0/remove")).param("version", "1").with(csrf())
				.with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		assertThat(hours.scheduleOf(someone).isEmpty()).isTrue();
	}

	@Test
	void theEditDialogShowsTheWeekWithThreeRowsADay() throws Exception {
		var doctor = aStaffMember();
		hours.changeWeeklyShifts(doctor, Map.of(DayOfWeek.TUESDAY, List.of(Shift.of("08:00", "14:30"))));

		mvc.perform(htmx(get("/staff/" + doctor + "/hours/edit")).with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"hours-dialog\""),
						containsString("name=\"days[1].shifts[0].start\""), containsString("value=\"08:00\""), containsString("value=\"14:30\""),
						containsString("name=\"days[6].shifts[2].end\""), containsString("hx-post=\"/staff/" + doctor + "/hours\""))));
	}

	@Test
	void anOverlappingShiftIsRefusedBesideTheFieldAndWhatWasTypedStays() throws Exception {
		var doctor = aStaffMember();

		mvc.perform(htmx(post("/staff/" + doctor + "/hours")).param("days[0].shifts[0].start", "09:00").param("days[0].shifts[0].end", "13:00")
				.param("days[0].shifts[2].start", "12:00").param("days[0].shifts[2].end", "16:00")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Retarget"))
				.andExpect(content().string(allOf(containsString("data-testid=\"hours-dialog\""),
						containsString("data-error-for=\"days[0].shifts[2].start\""),
						containsString("Смена пересекается с другой сменой этого дня."), containsString("value=\"12:00\""),
						containsString("value=\"16:00\""))));
		assertThat(hours.scheduleOf(doctor).isEmpty()).isTrue();
	}

	@Test
	void shiftErrorsAreTranslatedToEnglish() throws Exception {
		var doctor = aStaffMember();

		mvc.perform(htmx(post("/staff/" + doctor + "/hours")).param("lang", "en")
				.param("days[4].shifts[0].start", "18:00").param("days[4].shifts[0].end", "10:00")
				.param("days[5].shifts[0].start", "10:00")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"days[4].shifts[0].end\""),
						containsString("The shift must end after it starts."), containsString("data-error-for=\"days[5].shifts[0].end\""),
						containsString("Enter the end."))));
	}

	@Test
	void aSavedWeekReplacesTheFragmentWithAToast() throws Exception {
		var doctor = aStaffMember();

		mvc.perform(htmx(post("/staff/" + doctor + "/hours")).param("days[2].shifts[0].start", "09:00").param("days[2].shifts[0].end", "13:00")
				.param("days[2].shifts[1].start", "15:00").param("days[2].shifts[1].end", "20:00").param("days[2].shifts[1].chairId", "")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#staff-hours"))
				.andExpect(header().string("HX-Reswap", containsString("outerHTML")))
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("id=\"staff-hours\""), containsString("09:00–13:00"),
						containsString("15:00–20:00"))));

		assertThat(hours.scheduleOf(doctor).shiftsOn(DayOfWeek.WEDNESDAY)).hasSize(2);
	}

	@Test
	void anExceptionIsAddedAndRemovedInTheFragment() throws Exception {
		var doctor = aStaffMember();
		var from = LocalDate.now().plusDays(10);

		mvc.perform(htmx(post("/staff/" + doctor + "/exceptions")).param("kind", "SICK_LEAVE").param("from", from.toString())
				.param("to", from.minusDays(2).toString()).with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"to\""),
						containsString("Дата окончания раньше даты начала."), containsString("value=\"" + from + "\""))));
		mvc.perform(htmx(post("/staff/" + doctor + "/exceptions")).param("kind", "SICK_LEAVE").param("from", from.toString())
				.param("to", from.plusDays(4).toString()).param("note", "ОРВИ").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("Больничный"), containsString("ОРВИ"),
						containsString("data-testid=\"remove-exception-0\""))));

		var version = hours.scheduleOf(doctor).version();
		mvc.perform(htmx(post("/staff/" + doctor + "/exceptions/0/remove")).param("version", String.valueOf(version))
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Ничего не запланировано."), not(containsString("ОРВИ")))));
		assertThat(hours.scheduleOf(doctor).exceptions()).isEmpty();
	}

	@Test
	void anExtraShiftOverlappingTheWeekIsRefusedBesideItsStart() throws Exception {
		var doctor = aStaffMember();
		var date = LocalDate.now().plusDays(7);
		hours.changeWeeklyShifts(doctor, Map.of(date.getDayOfWeek(), List.of(Shift.of("09:00", "13:00"))));

		mvc.perform(htmx(post("/staff/" + doctor + "/exceptions")).param("kind", "EXTRA_SHIFT").param("from", date.toString())
				.param("start", "12:00").param("end", "18:00").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"start\""),
						containsString("Смена пересекается с рабочим временем"))));
		assertThat(hours.scheduleOf(doctor).exceptions()).isEmpty();
	}

	@Test
	void theCatalogueLearnsWhoWorksTodayAndWhen() {
		var today = hours.today().getDayOfWeek();
		var working = aStaffMember();
		var dayOff = aStaffMember();
		hours.changeWeeklyShifts(working, Map.of(today, List.of(Shift.of("15:00", "20:00"), Shift.of("09:00", "13:00"))));
		hours.changeWeeklyShifts(dayOff, Map.of(today.plus(1), List.of(Shift.of("09:00", "13:00"))));

		assertThat(todaysHours.forToday(List.of(working, dayOff, aStaffMember())))
				.containsExactly(Map.entry(working, "09:00–13:00, 15:00–20:00"));
	}

	private static StaffMemberId aStaffMember() {
		return new StaffMemberId(UUID.randomUUID());
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "staff-hours");
	}
}
