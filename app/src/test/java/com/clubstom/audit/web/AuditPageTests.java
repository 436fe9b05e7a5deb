package com.clubstom.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The owner's audit page inside the real application: the shell's layout, its messages and the security filter chain.
 * Only the owner opens, exports or verifies the trail; everyone else is refused.
 */
@ClubStomWebTest
class AuditPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired AuditTrail trail;
	@Autowired Clock clock;

	@Test
	void theOwnerSeesTheTrailInTheApplicationsLayout() throws Exception {
		var petrova = aPatientWhoseCardWasOpened("Петрова Анна Ивановна");

		mvc.perform(get("/audit").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						containsString("Журнал доступа к данным"),
						containsString(StaffOnDuty.fullNameOf(Role.OWNER)), // the shell's top bar
						containsString("id=\"audit-filter\""),
						containsString("id=\"audit-results\""),
						containsString("href=\"/patients/" + petrova.id() + "\""),
						containsString(">Просмотр</span>"),
						containsString("Проверить цепочку"))));
	}

	@Test
	void linkedFromAPatientsCardThePageShowsOnlyThatPatientsEntries() throws Exception {
		var petrova = aPatientWhoseCardWasOpened("Петрова Анна Ивановна");
		var sidorov = aPatientWhoseCardWasOpened("Сидоров Павел Олегович");

		mvc.perform(get("/audit").param("patient", petrova.id().toString()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						containsString("value=\"" + petrova.id() + "\""),
						containsString("Найдено записей: 1"),
						containsString("href=\"/patients/" + petrova.id() + "\""),
						not(containsString("href=\"/patients/" + sidorov.id() + "\"")))));
	}

	@Test
	void filteringThroughHtmxSwapsOnlyTheResults() throws Exception {
		var petrova = aPatientWhoseCardWasOpened("Петрова Анна Ивановна");

		mvc.perform(get("/audit").param("patient", petrova.id().toString()).param("action", "VIEW")
				.header("HX-Request", "true").header("HX-Target", "audit-results").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(startsWith("<section id=\"audit-results\""),
						containsString("Петрова Анна Ивановна"), not(containsString("id=\"audit-filter\"")),
						not(containsString("class=\"sidebar\"")))));
	}

	@Test
	void theOwnerDownloadsTheSelectionAsCsvAndTheDownloadIsRecorded() throws Exception {
		var petrova = aPatientWhoseCardWasOpened("Петрова Анна Ивановна");
		var today = LocalDate.now(clock.withZone(trail.clinicZone()));

		var response = mvc.perform(get("/audit/export.csv").param("patient", petrova.id().toString())
				.with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-" + today + ".csv\""))
				.andReturn().getResponse();

		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFEntry,Time (")
				.contains("Петрова Анна Ивановна", petrova.id().toString());
		assertThat(trail.search(AuditQuery.about(petrova).withAction(AuditAction.EXPORT), 0, 10).total()).isOne();
	}

	@Test
	void theOwnerVerifiesTheChainThroughHtmx() throws Exception {
		aPatientWhoseCardWasOpened("Петрова Анна Ивановна");

		mvc.perform(post("/audit/verification").header("HX-Request", "true").with(csrf())
				.with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(startsWith("<div id=\"audit-verification\""),
						containsString("Цепочка не нарушена: проверено записей"))));
	}

	@Test
	void everyoneButTheOwnerIsRefused() throws Exception {
		var petrova = aPatientWhoseCardWasOpened("Петрова Анна Ивановна");

		for (var role : EnumSet.complementOf(EnumSet.of(Role.OWNER))) {
			var someone = user(staff.signedIn(role));
			mvc.perform(get("/audit").with(someone)).andExpect(status().isForbidden());
			mvc.perform(get("/audit").header("HX-Request", "true").with(someone)).andExpect(status().isForbidden());
			mvc.perform(get("/audit/export.csv").param("patient", petrova.id().toString()).with(someone))
					.andExpect(status().isForbidden());
			mvc.perform(post("/audit/verification").header("HX-Request", "true").with(csrf()).with(someone))
					.andExpect(status().isForbidden());
		}
		assertThat(trail.search(AuditQuery.about(petrova).withAction(AuditAction.EXPORT), 0, 10).total())
				.as("a refused export records nothing").isZero();
	}

	@Test
	void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
		staff.usernameOf(Role.OWNER); // the clinic is set up: otherwise every page leads to the first-run setup
		mvc.perform(get("/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/audit/export.csv")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	private AuditSubject aPatientWhoseCardWasOpened(String fullName) {
		var patient = AuditSubject.patient(UUID.randomUUID(), fullName);
		trail.record(AuditAction.VIEW, patient, "card", List.of());
		return patient;
	}
}
