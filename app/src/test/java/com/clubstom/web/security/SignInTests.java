package com.clubstom.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** Signing in and out, the lockout after repeated wrong passwords, remember-me, and sessions that expire under htmx. */
@ClubStomWebTest
class SignInTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired Accounts accounts;

	@Test
	void theRightPasswordSignsInAndLeadsToTheDashboard() throws Exception {
		mvc.perform(formLogin().user(staff.usernameOf(Role.ADMINISTRATOR)).password(StaffOnDuty.PASSWORD))
				.andExpect(authenticated().withRoles("ADMINISTRATOR")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsExplainedAndTheTypedUsernameIsKept() throws Exception {
		var result = mvc.perform(formLogin().user(staff.usernameOf(Role.ASSISTANT)).password("not-the-password"))
				.andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
		mvc.perform(get("/login?error").session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
				.andExpect(content().string(containsString("Неверный логин или пароль")))
				.andExpect(content().string(containsString("value=\"" + staff.usernameOf(Role.ASSISTANT) + "\"")));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
		var username = "t-lockout";
		accounts.openAccount(username, "Блокова Анна Петровна", StaffOnDuty.PASSWORD, Set.of(Role.DOCTOR));
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin().user(username).password("guess-" + attempt)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(username).password("guess-5")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(formLogin().user(username).password(StaffOnDuty.PASSWORD))
				.andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked")).andExpect(content().string(containsString("15 минут")));
	}

	@Test
	void rememberMeKeepsThePersonSignedInWithoutASession() throws Exception {
		var cookie = mvc.perform(post("/login").param("username", staff.usernameOf(Role.DOCTOR))
				.param("password", StaffOnDuty.PASSWORD).param("remember-me", "on")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(cookie().exists("remember-me")).andReturn().getResponse()
				.getCookie("remember-me");
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk()).andExpect(authenticated().withRoles("DOCTOR"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
				formLogin().user(staff.usernameOf(Role.ACCOUNTANT)).password(StaffOnDuty.PASSWORD)).andReturn().getRequest()
				.getSession(false);
		mvc.perform(post("/logout").session(session).with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/").session(session)).andExpect(status().isFound());
	}

	@Test
	void anHtmxRequestWithoutSessionSendsTheWholePageToTheLoginPage() throws Exception {
		mvc.perform(get("/settings/clinic").header("HX-Request", "true"))
				.andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?expired"))
				.andExpect(content().string(""));
	}

	@Test
	void anHtmxPostAfterTheSessionExpiredSendsThePageToTheLoginPageRatherThanA403() throws Exception {
		mvc.perform(post("/settings/clinic").param("name", "x").header("HX-Request", "true").header("X-CSRF-TOKEN", "stale"))
				.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void aPageOpenedWithAnExpiredSessionCookieSaysTheSessionExpired() throws Exception {
		mvc.perform(get("/").with(request -> {
			request.setRequestedSessionId("expired-session");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login?expired")).andExpect(content().string(containsString("Сеанс истёк")));
	}
}
