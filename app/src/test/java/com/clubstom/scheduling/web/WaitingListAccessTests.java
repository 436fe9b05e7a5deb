package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.WaitingList;
import com.clubstom.scheduling.WaitingRequest;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The waiting list's rows of the access table, role by role: everyone on staff reads the page; only the owner and the
 * administrator open the dialog, search patients in it, add, withdraw and mark booked.
 */
@ClubStomWebTest
class WaitingListAccessTests {

	private static final Set<Role> KEEPERS = EnumSet.of(Role.OWNER, Role.ADMINISTRATOR);

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired StaffDirectory directory;
	@Autowired WaitingList waitingList;

	private String aWaitingEntry() {
		var doctor = directory.hire(new StaffMemberDetails("Доступов", "Иван", "Петрович", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#0D7680"), null, null, null));
		return waitingList.add(new WaitingRequest(patients.anAdultWithDocuments("Допускова", "Анна", "Ильинична"), doctor,
				null, null, null, PartOfDay.ANY, null)).toString();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void everyRoleReadsTheWaitingList(Role role) throws Exception {
		mvc.perform(get("/calendar/waiting-list").with(user(staff.signedIn(role)))).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void onlyTheOwnerAndTheAdministratorKeepTheList(Role role) throws Exception {
		var entry = aWaitingEntry();
		var signedIn = user(staff.signedIn(role));
		List<MockHttpServletRequestBuilder> keeping = List.of(get("/calendar/waiting-list/new"),
				get("/calendar/waiting-list/patients").param("patientQuery", "Допускова"),
				post("/calendar/waiting-list").with(csrf()),
				post("/calendar/waiting-list/" + entry + "/booked").with(csrf()),
				post("/calendar/waiting-list/" + entry + "/withdraw").with(csrf()));
		for (var request : keeping) {
			var answer = mvc.perform(request.with(signedIn)).andReturn().getResponse().getStatus();
			if (KEEPERS.contains(role)) {
				assertThat(answer).as("%s may keep the waiting list", role).isIn(200, 302);
			}
			else {
				assertThat(answer).as("%s may not keep the waiting list", role).isEqualTo(403);
			}
		}
	}

	@Test
	void signedOutPeopleAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/calendar/waiting-list")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/calendar/waiting-list/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}
}
