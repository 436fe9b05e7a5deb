package com.clubstom.medicalrecord.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** Every signed-in role looks ICD-10 dental diagnoses up in its own language; nobody signed out does. */
@ClubStomWebTest
class Icd10ApiAccessTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;

	@Test
	void everyRoleLooksUpDiagnosesInTheirLanguage() throws Exception {
		for (var role : Role.values()) {
			mvc.perform(get("/api/icd10").param("q", "K02.1").with(httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD)))
					.andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value("K02.1"))
					.andExpect(jsonPath("$[0].title").value("Кариес дентина"));
		}
		mvc.perform(get("/api/icd10").param("q", "pulpitis").param("lang", "en")
				.with(httpBasic(staff.usernameOf(Role.DOCTOR), StaffOnDuty.PASSWORD)))
				.andExpect(jsonPath("$[0].code").value("K04.0")).andExpect(jsonPath("$[0].title").value("Pulpitis"));
		mvc.perform(get("/api/icd10").param("q", "K02")).andExpect(status().isUnauthorized());
	}
}
