package com.clubstom.web.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.AccountAdministration;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;

/** Signed in with a temporary password, a person may do nothing but choose their own, then works as usual. */
@ClubStomWebTest
class TemporaryPasswordTests {

	private static final String OWN_PASSWORD = "Resin-composite-7";

	@Autowired MockMvc mvc;
	@Autowired AccountAdministration administration;

	@Test
	void aTemporaryPasswordLeadsOnlyToThePasswordPageUntilAnOwnOneIsChosen() throws Exception {
		var username = "t-new-" + UUID.randomUUID().toString().substring(0, 8);
		var temporary = administration.openAccount(username, "Лебедева Анна Игоревна", Set.of(Role.DOCTOR)).value();

		var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(temporary))
				.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
		mvc.perform(get("/patients").session(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/patients").session(session).header("HX-Request", "true"))
				.andExpect(header().string("HX-Redirect", "/account/password?required"));
		mvc.perform(get("/api/me").with(httpBasic(username, temporary))).andExpect(status().isForbidden());
		mvc.perform(get("/account/password").param("required", "").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"password-required\"")));

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "wrong")
				.param("newPassword", OWN_PASSWORD).param("repeatPassword", OWN_PASSWORD))
				.andExpect(content().string(allOf(containsString("data-error-for=\"currentPassword\""),
						containsString("Текущий пароль введён неверно"))));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", temporary)
				.param("newPassword", "short1").param("repeatPassword", "short2"))
				.andExpect(content().string(allOf(containsString("Пароли не совпадают"))));
		mvc.perform(post("/account/password").session(session).with(csrf()).param("lang", "en")
				.param("currentPassword", temporary).param("newPassword", "short1").param("repeatPassword", "short1"))
				.andExpect(content().string(containsString("at least 10 characters")));

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", temporary)
				.param("newPassword", OWN_PASSWORD).param("repeatPassword", OWN_PASSWORD))
				.andExpect(redirectedUrl("/"));
		mvc.perform(get("/patients").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/me").with(httpBasic(username, OWN_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aLockedAccountCannotSignIn() throws Exception {
		var username = "t-locked-" + UUID.randomUUID().toString().substring(0, 8);
		var opened = administration.openAccount(username, "Гришин Олег Петрович", Set.of(Role.ASSISTANT));
		administration.lock(opened.accountId());

		mvc.perform(formLogin().user(username).password(opened.value())).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/me").with(httpBasic(username, opened.value()))).andExpect(status().isUnauthorized());
	}

	@Test
	void lockingOrDeactivatingEndsSessionsThatAreAlreadyOpen() throws Exception {
		var username = "t-open-" + UUID.randomUUID().toString().substring(0, 8);
		var opened = administration.openAccount(username, "Фролова Дина Олеговна", Set.of(Role.ASSISTANT));
		var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(opened.value()))
				.andReturn().getRequest().getSession(false);
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", opened.value())
				.param("newPassword", OWN_PASSWORD).param("repeatPassword", OWN_PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/patients").session(session)).andExpect(status().isOk());

		administration.deactivate(opened.accountId());
		// the account is looked up again at the latest a minute later; a fresh session attribute makes it now
		session.removeAttribute(AccountStillAllowedFilter.class.getName() + ".checkedAt");
		mvc.perform(get("/patients").session(session)).andExpect(redirectedUrl("/login?disabled"));
	}
}
