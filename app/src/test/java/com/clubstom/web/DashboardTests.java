package com.clubstom.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.WorkingHours;

/** The home page tells everyone who works today and how many patients the registry holds. */
@ClubStomWebTest
class DashboardTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffDirectory directory;
	@Autowired WorkingHours hours;

	@Test
	void everyoneSeesWhoWorksTodayWithTheirHours() throws Exception {
		var doctor = directory.hire(new StaffMemberDetails("Зорина", "Вера", "Павловна", Position.DOCTOR,
				Set.of(Specialisation.ORTHODONTIST), null, null, directory.suggestedColour(), null, null, LocalDate.of(2023, 2, 1)));
		hours.changeWeeklyShifts(doctor, Map.of(hours.today().getDayOfWeek(), List.of(Shift.of("09:00", "13:00"),
				Shift.of("14:00", "19:30"))));

		for (var role : Role.values()) {
			mvc.perform(get("/").with(user(staff.signedIn(role))))
					.andExpect(content().string(allOf(containsString("data-testid=\"working-today\""),
							containsString("Зорина Вера Павловна"), containsString("09:00–13:00, 14:00–19:30"),
							containsString("data-testid=\"stat-patients\""))));
		}
	}
}
