package com.clubstom.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Unattended installs: the owner comes from CLUBSTOM_OWNER_USERNAME / CLUBSTOM_OWNER_PASSWORD, no setup page. */
@SpringBootTest(properties = { "spring.mongodb.database=clubstom-unattended-test-${random.uuid}",
		"clubstom.setup.owner.username=chief", "clubstom.setup.owner.password=Dentist-2026-Main",
		"clubstom.setup.owner.full-name=Главный Врач Иванович" })
@AutoConfigureMockMvc
class UnattendedSetupTests {

	@Autowired MockMvc mvc;

	@Test
	void theOwnerFromTheEnvironmentSignsInAndTheSetupPageIsClosed() throws Exception {
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user("chief").password("Dentist-2026-Main")).andExpect(authenticated().withRoles("OWNER"));
	}
}
