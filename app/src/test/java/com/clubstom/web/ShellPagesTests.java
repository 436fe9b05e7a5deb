package com.clubstom.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.Role;

/** The shell's pages: translated, showing the signed-in person and only the navigation their roles allow. */
@ClubStomWebTest
class ShellPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ClinicProfile clinic;

	@Test
	void theInterfaceIsRussianByDefaultAndSwitchesToEnglishRememberingTheChoice() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(containsString("Вход в ClubStom")));
		var choice = mvc.perform(get("/login").param("lang", "en"))
				.andExpect(content().string(containsString("Sign in to ClubStom")))
				.andExpect(cookie().value("clubstom-lang", "en")).andReturn().getResponse().getCookie("clubstom-lang");
		mvc.perform(get("/login").cookie(choice)).andExpect(content().string(containsString("Sign in to ClubStom")));
		mvc.perform(get("/login").param("lang", "fr")).andExpect(content().string(containsString("Вход в ClubStom")));
	}

	@Test
	void theDashboardGreetsThePersonAndShowsTheirRolesAndRealFigures() throws Exception {
		mvc.perform(get("/").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(StaffOnDuty.fullNameOf(Role.DOCTOR)), containsString("Врач"),
						containsString("сотрудников с доступом"), containsString("Команда по ролям"))));
	}

	@Test
	void navigationShowsOnlyPagesTheRoleMayOpen() throws Exception {
		mvc.perform(get("/").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("href=\"/settings/clinic\"")));
		mvc.perform(get("/").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(not(containsString("href=\"/settings/clinic\""))));
	}

	@Test
	void theOwnerRenamesTheClinicThroughHtmxAndTheHeaderFollows() throws Exception {
		mvc.perform(post("/settings/clinic").param("name", "Стоматология на Арбате").param("opens", "08:00")
				.param("closes", "21:00").header("HX-Request", "true")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString(Toasts.asciiJson("Настройки клиники сохранены."))))
				.andExpect(content().string(containsString("hx-swap-oob=\"true\"")));
		org.assertj.core.api.Assertions.assertThat(clinic.name()).isEqualTo("Стоматология на Арбате");
	}

	@Test
	void aBlankClinicNameIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		var before = clinic.name();
		mvc.perform(post("/settings/clinic").param("name", "  ").header("HX-Request", "true")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Укажите название клиники."), containsString("name-error"))))
				.andExpect(header().doesNotExist("HX-Trigger"));
		org.assertj.core.api.Assertions.assertThat(clinic.name()).isEqualTo(before);
	}

	@Test
	void theOwnerSetsTheAddressAndOpeningHoursAndAClosingBeforeOpeningIsRefused() throws Exception {
		mvc.perform(post("/settings/clinic").param("name", clinic.name()).param("address", "г. Москва, ул. Арбат, д. 10")
				.param("opens", "09:00").param("closes", "08:30").header("HX-Request", "true")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("closes-error"),
						containsString("Клиника должна закрываться позже, чем открывается."))));
		mvc.perform(post("/settings/clinic").param("name", clinic.name()).param("address", "г. Москва, ул. Арбат, д. 10")
				.param("opens", "09:00").param("closes", "20:30").header("HX-Request", "true")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(header().exists("HX-Trigger"));
		org.assertj.core.api.Assertions.assertThat(clinic.address()).isEqualTo("г. Москва, ул. Арбат, д. 10");
		org.assertj.core.api.Assertions.assertThat(clinic.workingDay())
				.isEqualTo(new com.clubstom.staff.ClinicWorkingDay(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(20, 30)));
	}

	@Test
	void theApiDescriptionListsTheApiForSignedInStaff() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(content().string(containsString("/api/me")));
	}
}
