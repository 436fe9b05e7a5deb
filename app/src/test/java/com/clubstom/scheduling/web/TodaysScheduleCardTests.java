package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.staff.Accounts;
import com.clubstom.staff.Role;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The home page's "Today's schedule": the front desk sees every appointment of the day by time, with the patient's card
 * a click away, the doctor in their calendar colour, the services and the status, and how many are booked, arrived,
 * done and missed; a doctor signed in with their own account sees their own appointments only.
 */
@ClubStomWebTest
class TodaysScheduleCardTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired AppointmentsOnFile appointments;
	@Autowired Accounts accounts;
	@Autowired StaffDirectory directory;
	@Autowired UserDetailsService users;

	@Test
	void theFrontDeskSeesTodaysAppointmentsByTimeWithCountsAndTheWayToTheCalendar() throws Exception {
		var today = appointments.today();
		var doctor = appointments.aDoctor("Утренний", "Роман", "#C2255C");
		var chair = appointments.aChair("Кресло 7");
		var hygiene = appointments.aService("Профессиональная гигиена полости рта", 60);
		var early = patients.anAdultWithDocuments("Ранняя", "Ольга", "Петровна");
		var late = patients.anAdultWithDocuments("Поздняя", "Ирина", "Павловна");
		var arrived = appointments.book(late, doctor, chair, hygiene, today.atTime(13, 0), 60);
		appointments.moveOn(arrived, null, AppointmentStatus.ARRIVED);
		appointments.book(early, doctor, chair, hygiene, today.atTime(8, 30), 45);

		var page = mvc.perform(get("/").with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"todays-schedule\""),
						containsString("Расписание на сегодня"), containsString("href=\"/calendar\""),
						containsString("Открыть календарь"), containsString("Ранняя Ольга Петровна"),
						containsString("href=\"/patients/" + early + "\""), containsString("Утренний Роман Олегович"),
						containsString("--dot:#C2255C"), containsString("Профессиональная гигиена полости рта"),
						containsString("08:30–09:15"), containsString("13:00–14:00"), containsString(">Пришёл<"),
						containsString(">Записан<"), containsString("data-testid=\"count-arrived\""),
						containsString("data-testid=\"count-no-shows\""))))
				.andReturn().getResponse().getContentAsString();

		assertThat(page.indexOf("08:30–09:15")).isLessThan(page.indexOf("13:00–14:00"));
	}

	@Test
	void aDoctorSeesTheirOwnDayOnlyWithItsCounts() throws Exception {
		var today = appointments.today();
		var chair = appointments.aChair("Кресло 3");
		var checkUp = appointments.aService("Осмотр", 30);
		var mine = appointments.aDoctor("Своев", "Пётр", "#1971C2");
		var colleague = appointments.aDoctor("Чужов", "Иван", "#E67700");
		var username = "dr-" + UUID.randomUUID().toString().substring(0, 8);
		directory.linkAccount(mine, accounts.openAccount(username, "Своев Пётр Олегович", StaffOnDuty.PASSWORD, Set.of(Role.DOCTOR)));

		var completed = appointments.book(patients.anAdultWithDocuments("Лечёная", "Анна", null), mine, chair, checkUp,
				today.atTime(9, 0), 30);
		appointments.moveOn(completed, null, AppointmentStatus.ARRIVED, AppointmentStatus.IN_CHAIR, AppointmentStatus.COMPLETED);
		var missed = appointments.book(patients.anAdultWithDocuments("Пропавшая", "Анна", null), mine, chair, checkUp,
				today.atTime(10, 0), 30);
		appointments.moveOn(missed, null, AppointmentStatus.NO_SHOW);
		var waiting = appointments.book(patients.anAdultWithDocuments("Ждущая", "Анна", null), mine, chair, checkUp,
				today.atTime(11, 0), 30);
		appointments.moveOn(waiting, null, AppointmentStatus.ARRIVED);
		appointments.book(patients.anAdultWithDocuments("Будущая", "Анна", null), mine, chair, checkUp, today.atTime(12, 0), 30);
		var cancelled = appointments.book(patients.anAdultWithDocuments("Отменившая", "Анна", null), mine, chair, checkUp,
				today.atTime(13, 0), 30);
		appointments.moveOn(cancelled, "Заболела", AppointmentStatus.CANCELLED);
		appointments.book(patients.anAdultWithDocuments("Чужая", "Анна", null), colleague, appointments.aChair("Кресло 4"), checkUp,
				today.atTime(9, 0), 30);

		mvc.perform(get("/").with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ваши приёмы на сегодня"), containsString("Лечёная Анна"),
						containsString("Пропавшая Анна"), containsString("Ждущая Анна"), containsString("Будущая Анна"),
						not(containsString("Отменившая Анна")), not(containsString("Чужая Анна")),
						containsString("data-testid=\"count-expected\"><strong>1</strong>"),
						containsString("data-testid=\"count-arrived\"><strong>1</strong>"),
						containsString("data-testid=\"count-completed\"><strong>1</strong>"),
						containsString("data-testid=\"count-no-shows\"><strong>1</strong>"))));
		// the whole clinic for the front desk, the colleague's patient included
		mvc.perform(get("/").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(allOf(containsString("Расписание на сегодня"), containsString("Чужая Анна"),
						containsString("Ждущая Анна"), not(containsString("Отменившая Анна")))));
	}

	@Test
	void theCardSpeaksEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Today&#39;s schedule"), containsString("Open the calendar"),
						containsString("no-show"))));
	}
}
