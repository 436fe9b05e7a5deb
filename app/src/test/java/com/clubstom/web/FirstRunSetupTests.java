package com.clubstom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Accounts;

/**
 * First start on an empty database (its own database, no fixture accounts): every page leads to the one-time setup,
 * which creates the owner; there is no default password.
 */
@SpringBootTest(properties = "spring.mongodb.database=clubstom-setup-test-${random.uuid}")
@AutoConfigureMockMvc
class FirstRunSetupTests {

	@Autowired MockMvc mvc;
	@Autowired Accounts accounts;

	@Test
	void theOwnerAccountIsCreatedOnceThroughTheSetupPage() throws Exception {
		assertThat(accounts.anyAccountExists()).isFalse();
		mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(containsString("Добро пожаловать")));

		mvc.perform(post("/setup").with(csrf()).param("fullName", "").param("username", "a")
				.param("password", "short").param("passwordConfirmation", "other"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Укажите ФИО."), containsString("Логин: от 3 до 32"),
						containsString("Пароли не совпадают."), containsString("value=\"a\""))));
		mvc.perform(post("/setup").with(csrf()).param("fullName", "Соколова Елена").param("username", "elena")
				.param("password", "onlyletters").param("passwordConfirmation", "onlyletters"))
				.andExpect(content().string(containsString("В пароле должна быть хотя бы одна цифра.")));
		assertThat(accounts.anyAccountExists()).isFalse();

		mvc.perform(post("/setup").with(csrf()).param("fullName", "Соколова Елена").param("username", "Elena")
				.param("password", "Zub-2026-Klinika").param("passwordConfirmation", "Zub-2026-Klinika"))
				.andExpect(redirectedUrl("/login?ready"));
		mvc.perform(formLogin().user("elena").password("Zub-2026-Klinika")).andExpect(authenticated().withRoles("OWNER"));

		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/setup").with(csrf()).param("fullName", "Злоумышленник").param("username", "intruder")
				.param("password", "Zub-2026-Klinika").param("passwordConfirmation", "Zub-2026-Klinika"))
				.andExpect(redirectedUrl("/login"));
		assertThat(accounts.exists("intruder")).isFalse();
	}
}
