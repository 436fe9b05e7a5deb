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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.staff.Chair;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The owner keeps the list of chairs and rooms; nobody else opens it. */
@ClubStomWebTest
class ChairsPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired Chairs chairs;

	@Test
	void theOwnerSeesEveryChairWithItsStatus() throws Exception {
		var inService = chairs.add(aName("Кресло"), "Микроскоп Carl Zeiss");
		var retired = chairs.add(aName("Старое кресло"), null);
		chairs.deactivate(retired);

		mvc.perform(get("/settings/chairs").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Кресла и кабинеты"), containsString("data-testid=\"new-chair\""),
						containsString(nameOf(inService)), containsString("Микроскоп Carl Zeiss"), containsString(nameOf(retired)),
						containsString("Вернуть в работу"), containsString("Вывести из работы"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "OWNER", mode = EnumSource.Mode.EXCLUDE)
	void everyoneElseIsForbidden(Role role) throws Exception {
		var chair = chairs.add(aName("Кресло"), null);

		mvc.perform(get("/settings/chairs").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(get("/settings/chairs/new").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(post("/settings/chairs").param("name", aName("Кресло")).with(csrf()).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(post("/settings/chairs/" + chair + "/deactivate").with(csrf()).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
	}

	@Test
	void theAddDialogOpensInTheModalRoot() throws Exception {
		mvc.perform(htmx(get("/settings/chairs/new")).with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"chair-dialog\""), containsString("hx-post=\"/settings/chairs\""),
						not(containsString("<html")))));
	}

	@Test
	void addingAChairShowsTheListAgainWithAToast() throws Exception {
		var name = aName("Хирургический кабинет");

		mvc.perform(htmx(post("/settings/chairs")).param("name", "  " + name + " ").param("equipmentNotes", "Физиодиспенсер")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/settings/chairs"))
				.andExpect(flash().attribute("toastCode", "chair.added"));

		assertThat(chairs.active()).extracting(Chair::name).contains(name);
	}

	@Test
	void aMissingOrTakenNameIsExplainedBesideTheFieldInRussian() throws Exception {
		var taken = chairs.add(aName("Кресло"), null);

		mvc.perform(htmx(post("/settings/chairs")).param("name", " ").param("equipmentNotes", "Апекслокатор")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-error-for=\"name\""), containsString("Укажите название."),
						containsString("Апекслокатор"))));
		mvc.perform(htmx(post("/settings/chairs")).param("name", nameOf(taken).toUpperCase())
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"name\""),
						containsString("Кресло с таким названием уже есть."))));
	}

	@Test
	void validationMessagesAreTranslatedToEnglish() throws Exception {
		mvc.perform(post("/settings/chairs").param("lang", "en").param("name", "").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"name\""), containsString("Enter a name."))));
	}

	@Test
	void editingRenamesTheChairAndKeepsTheInputWhenRefused() throws Exception {
		var chair = chairs.add(aName("Кресло"), null);
		var newName = aName("Кресло 2 — терапия");

		mvc.perform(htmx(get("/settings/chairs/" + chair + "/edit")).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("value=\"" + nameOf(chair) + "\""),
						containsString("hx-post=\"/settings/chairs/" + chair + "\""))));
		mvc.perform(htmx(post("/settings/chairs/" + chair)).param("name", "").param("equipmentNotes", "Новая установка")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Укажите название."), containsString("Новая установка"))));
		mvc.perform(htmx(post("/settings/chairs/" + chair)).param("name", newName).param("equipmentNotes", "Новая установка")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(header().string("HX-Redirect", "/settings/chairs"))
				.andExpect(flash().attribute("toastCode", "chair.saved"));

		assertThat(chairs.find(chair).orElseThrow().name()).isEqualTo(newName);
		assertThat(chairs.find(chair).orElseThrow().equipmentNotes()).isEqualTo("Новая установка");
	}

	@Test
	void aChairIsTakenOutOfServiceAndBroughtBack() throws Exception {
		var chair = chairs.add(aName("Кресло"), null);

		mvc.perform(post("/settings/chairs/" + chair + "/deactivate").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("toastCode", "chair.deactivated"));
		assertThat(chairs.find(chair).orElseThrow().isActive()).isFalse();
		mvc.perform(post("/settings/chairs/" + chair + "/reactivate").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("toastCode", "chair.reactivated"));
		assertThat(chairs.find(chair).orElseThrow().isActive()).isTrue();
	}

	@Test
	void anUnknownChairIsNotFound() throws Exception {
		mvc.perform(get("/settings/chairs/" + UUID.randomUUID() + "/edit").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isNotFound());
	}

	private String nameOf(com.clubstom.staff.ChairId chair) {
		return chairs.find(chair).orElseThrow().name();
	}

	/** A name no other test has used: the tests share one database. */
	private static String aName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "modal-root");
	}
}
