package com.clubstom.staff.web;

import static com.clubstom.staff.web.StaffOnFile.aUniqueSurname;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.StaffStatus;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The staff catalogue and hiring a person, as each role sees them. */
@ClubStomWebTest
@Import(StaffOnFile.class)
class StaffCatalogueTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffOnFile people;

	@Test
	void everyRoleSeesTheCatalogueAndOnlyTheOwnerMayAddPeople() throws Exception {
		var surname = aUniqueSurname("Ким");
		people.aSurgeon(surname);

		for (var role : Role.values()) {
			mvc.perform(get("/staff").param("q", surname).with(user(staff.signedIn(role)))).andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString("Сотрудники"), containsString(surname + " Виктор Андреевич"),
							containsString("Хирург"), containsString("Имплантолог"), containsString("+7 916 111-22-33"),
							containsString("class=\"staff-card__hours\""))))
					.andExpect(content().string(role == Role.OWNER ? containsString("data-testid=\"new-staff-member\"")
							: not(containsString("data-testid=\"new-staff-member\""))));
		}
	}

	@Test
	void membersWithoutAPhotoShowInitialsInTheirColourAndNoImage() throws Exception {
		var surname = aUniqueSurname("Лебедева");
		var id = people.anOrthodontist(surname);

		mvc.perform(get("/staff").param("q", surname).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("background-color: #9C36B5"),
						containsString(">ЛН</span>"), not(containsString("/staff/" + id + "/photo")))));
	}

	@Test
	void liveSearchAnswersWithOnlyTheCards() throws Exception {
		var surname = aUniqueSurname("Фёдорова");
		people.anAssistant(surname);

		mvc.perform(htmx(get("/staff").param("q", surname.replace('ё', 'е').toLowerCase()), "staff-results")
				.with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(surname + " Ольга Петровна"), containsString("id=\"staff-results\""),
						not(containsString("<html")))));
	}

	@Test
	void theCatalogueFiltersBySpecialisationAndShowsTheDismissedOnlyWhenAsked() throws Exception {
		var surname = aUniqueSurname("Григорьев");
		people.aSurgeon(surname);
		var orthodontist = people.anOrthodontist(surname);
		var dismissed = people.anAssistant(surname);
		people.directory().setStatus(dismissed, StaffStatus.DISMISSED);
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(get("/staff").param("q", surname).param("specialisation", "SURGEON").with(owner))
				.andExpect(content().string(allOf(containsString(surname + " Виктор"), not(containsString(surname + " Наталья")),
						not(containsString(surname + " Ольга")))));
		mvc.perform(get("/staff").param("q", surname).with(owner))
				.andExpect(content().string(allOf(containsString(surname + " Виктор"), containsString(surname + " Наталья"),
						not(containsString(surname + " Ольга")))));
		mvc.perform(get("/staff").param("q", surname).param("status", "dismissed").with(owner))
				.andExpect(content().string(allOf(containsString(surname + " Ольга"), containsString("Уволен(а)"),
						not(containsString(surname + " Виктор")))));
		mvc.perform(get("/staff").param("q", surname).param("status", "all").with(owner))
				.andExpect(content().string(allOf(containsString("href=\"/staff/" + orthodontist + "\""),
						containsString("href=\"/staff/" + dismissed + "\""))));
	}

	@Test
	void onlyTheOwnerOpensTheHireDialog() throws Exception {
		mvc.perform(get("/staff/new").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"staff-member-dialog\""),
						containsString("value=\"#"))));
		for (var role : new Role[] { Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(get("/staff/new").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
			mvc.perform(post("/staff").param("lastName", "Иванов").with(csrf()).with(user(staff.signedIn(role))))
					.andExpect(status().isForbidden());
		}
	}

	@Test
	void theHireDialogShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(htmx(post("/staff"), "modal-root").param("lastName", "Тихонов").param("firstName", "")
				.param("position", "DOCTOR").param("phone", "12345").param("email", "tikhonov@")
				.param("calendarColour", "red").param("hireDate", "31.02.2020")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("value=\"Тихонов\""), containsString("value=\"12345\""),
						containsString("data-error-for=\"firstName\""), containsString("Обязательное поле"),
						containsString("Не похоже на номер телефона"), containsString("Проверьте адрес почты"),
						containsString("Цвет в формате #RRGGBB"), containsString("Введите дату в формате ДД.ММ.ГГГГ"),
						containsString("Укажите хотя бы одну специализацию врача"))));
		mvc.perform(post("/staff").param("lastName", "Белова").param("firstName", "Ольга").param("position", "ASSISTANT")
				.param("specialisations", "HYGIENIST").param("calendarColour", "#0D7680")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"specialisations\""),
						containsString("Специализации указываются только у врачей"))));
	}

	@Test
	void validationMessagesAreTranslatedToEnglish() throws Exception {
		mvc.perform(post("/staff").param("lang", "en").param("lastName", "Tikhonov").param("position", "DOCTOR")
				.param("phone", "12345").param("calendarColour", "#0D7680").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Required"), containsString("Not a phone number"),
						containsString("Choose at least one specialisation for a doctor"), containsString("New staff member"))));
	}

	@Test
	void hiringOpensTheNewProfileWithAToast() throws Exception {
		var surname = aUniqueSurname("Смирнова");

		var result = mvc.perform(htmx(post("/staff"), "modal-root").param("lastName", surname).param("firstName", "Анна")
				.param("middleName", "Владимировна").param("position", "DOCTOR")
				.param("specialisations", "PAEDIATRIC_DENTIST", "THERAPIST").param("phone", "8 (916) 555-44-33")
				.param("calendarColour", "#c2255c").param("hireDate", "20.08.2019")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().exists("HX-Redirect"))
				.andExpect(flash().attribute("toastCode", "staff-member.hired.toast")).andReturn();

		var profile = result.getResponse().getHeader("HX-Redirect");
		var member = people.directory().find(StaffMemberId.of(profile.substring("/staff/".length()))).orElseThrow();
		assertThat(member.fullName()).isEqualTo(surname + " Анна Владимировна");
		assertThat(member.position()).isEqualTo(Position.DOCTOR);
		assertThat(member.details().specialisations()).containsExactlyInAnyOrder(Specialisation.PAEDIATRIC_DENTIST,
				Specialisation.THERAPIST);
		assertThat(member.details().phone()).isEqualTo("+79165554433");
		assertThat(member.calendarColour().hex()).isEqualTo("#C2255C");
		assertThat(member.registered().username()).isEqualTo(staff.usernameOf(Role.OWNER));
	}

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}
}
