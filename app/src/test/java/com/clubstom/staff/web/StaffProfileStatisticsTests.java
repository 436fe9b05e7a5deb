package com.clubstom.staff.web;

import static com.clubstom.staff.web.StaffOnFile.aUniqueSurname;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Role;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.StaffProfileSection;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** With a context contributing a statistics section, the profile shows it to the roles it names. */
@ClubStomWebTest
@Import({ StaffOnFile.class, StaffProfileStatisticsTests.ProductionSection.class })
class StaffProfileStatisticsTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffOnFile people;

	@Test
	void aContributedSectionIsLoadedIntoTheStatisticsAreaForTheRolesThatSeeIt() throws Exception {
		var id = people.aSurgeon(aUniqueSurname("Волков"));

		mvc.perform(get("/staff/" + id).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-testid=\"staff-statistics\""), containsString("Статистика"),
						containsString("hx-get=\"/reports/doctors/" + id + "/production\""), containsString("data-section=\"production\""))));
		mvc.perform(get("/staff/" + id).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(content().string(not(containsString("data-testid=\"staff-statistics\""))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProductionSection {

		@Bean
		StaffProfileSection production() {
			return new StaffProfileSection() {

				@Override
				public String key() {
					return "production";
				}

				@Override
				public String titleCode() {
					return "staff-member.statistics";
				}

				@Override
				public int order() {
					return 10;
				}

				@Override
				public String contentPath(StaffMemberId member) {
					return "/reports/doctors/" + member + "/production";
				}

				@Override
				public boolean isVisibleTo(Set<String> roles) {
					return roles.contains("OWNER") || roles.contains("ACCOUNTANT");
				}
			};
		}
	}
}
