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

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The owner opens and manages a staff member's account from the profile; nobody else may. */
@ClubStomWebTest
class StaffAccountSectionTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffDirectory directory;
	@Autowired Accounts accounts;

	@Test
	void theOwnerOpensAnAccountAndSeesTheTemporaryPasswordOnce() throws Exception {
		var doctor = aNewDoctor();

		mvc.perform(get("/staff/" + doctor + "/account").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"open-account\""),
						containsString("value=\"DOCTOR\" checked"))));
		var username = "t-doc-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/staff/" + doctor + "/account").param("username", username).param("roles", "DOCTOR")
				.header("HX-Request", "true").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().exists("HX-Trigger"))
				.andExpect(content().string(allOf(containsString("data-testid=\"temporary-password-value\""),
						containsString("data-testid=\"account-username\">" + username))));

		var account = accounts.findForSignIn(username).orElseThrow();
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(directory.find(doctor).orElseThrow().accountId()).contains(account.id());
		mvc.perform(get("/staff/" + doctor + "/account").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(not(containsString("temporary-password-value"))));
	}

	@Test
	void aTakenOrInvalidUsernameIsExplainedAndNothingIsOpened() throws Exception {
		var doctor = aNewDoctor();

		mvc.perform(post("/staff/" + doctor + "/account").param("username", staff.usernameOf(Role.DOCTOR)).param("roles", "DOCTOR")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("Этот логин уже занят")));
		mvc.perform(post("/staff/" + doctor + "/account").param("username", "Иван!").param("roles", "DOCTOR")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("data-testid=\"account-error\"")));
		assertThat(directory.find(doctor).orElseThrow().accountId()).isEmpty();
	}

	@Test
	void theOwnerResetsLocksAndDeactivates() throws Exception {
		var doctor = aNewDoctor();
		var username = "t-doc-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/staff/" + doctor + "/account").param("username", username).param("roles", "DOCTOR")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))));

		mvc.perform(post("/staff/" + doctor + "/account/reset-password").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("temporary-password-value")));
		mvc.perform(post("/staff/" + doctor + "/account/lock").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("data-testid=\"unlock-account\"")));
		assertThat(accounts.findForSignIn(username).orElseThrow().blocked()).isTrue();
		mvc.perform(post("/staff/" + doctor + "/account/roles").param("roles", "DOCTOR", "ADMINISTRATOR")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))));
		assertThat(accounts.findForSignIn(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.DOCTOR, Role.ADMINISTRATOR);
		mvc.perform(post("/staff/" + doctor + "/account/deactivate").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("data-testid=\"reactivate-account\"")));
		assertThat(accounts.findForSignIn(username).orElseThrow().enabled()).isFalse();
	}

	@Test
	void onlyTheOwnerManagesAccounts() throws Exception {
		var doctor = aNewDoctor();
		for (var role : new Role[] { Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(get("/staff/" + doctor + "/account").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
			mvc.perform(post("/staff/" + doctor + "/account").param("username", "x-" + role.name().toLowerCase())
					.param("roles", "OWNER").with(csrf()).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		}
	}

	private StaffMemberId aNewDoctor() {
		return directory.hire(new StaffMemberDetails("Лебедева", "Анна", "Игоревна", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), "+79161112233", null, directory.suggestedColour(), null, null,
				LocalDate.of(2024, 9, 1)));
	}
}
