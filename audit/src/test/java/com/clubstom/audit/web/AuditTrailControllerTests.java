package com.clubstom.audit.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

/**
 * The audit page's controller and templates on their own (no security here: the application's web tests check that only
 * the owner gets in). A stand-in layout from test resources takes the shell's place.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class AuditTrailControllerTests {

	private static final String OWNER = "sokolova";

	@TestBean(name = "clock", methodName = "com.clubstom.audit.web.AuditTrailControllerTests#mondayMorning")
	Clock clock;

	@TestBean(name = "actors", methodName = "com.clubstom.audit.web.AuditTrailControllerTests#theOwnerAtHerDesk")
	Actors actors;

	@Autowired MockMvc mvc;
	@Autowired AuditTrail trail;

	static Clock mondayMorning() {
		return Clock.fixed(Instant.parse("2025-03-03T06:00:00Z"), ZoneOffset.UTC);
	}

	static Actors theOwnerAtHerDesk() {
		return () -> new Actor(OWNER, "Соколова Елена Викторовна", "10.0.0.2");
	}

	@Test
	void theFullPageShowsTheFilterTheEntriesAndTheVerification() throws Exception {
		var patient = aPatientSeen("Петрова Анна Ивановна");

		mvc.perform(get("/audit").param("patient", patient.id().toString()).header("Accept-Language", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						containsString("<title>Журнал доступа к данным</title>"),
						containsString("id=\"audit-filter\""),
						containsString("value=\"" + patient.id() + "\""),
						containsString("id=\"audit-results\""),
						containsString("href=\"/patients/" + patient.id() + "\""),
						containsString(">Петрова Анна Ивановна</a>"),
						containsString("03.03.2025 09:00:00"),
						containsString("Соколова Елена Викторовна"),
						containsString(">Просмотр</span>"),
						containsString("Найдено записей: 1"),
						containsString("href=\"/audit/export.csv?patient=" + patient.id() + "\""),
						containsString("hx-post=\"/audit/verification\""),
						containsString("Проверить цепочку"))));
	}

	@Test
	void anHtmxFilterRequestGetsOnlyTheResults() throws Exception {
		var patient = aPatientSeen("Сидоров Павел Олегович");

		mvc.perform(get("/audit").param("patient", patient.id().toString()).param("action", "VIEW")
				.header("HX-Request", "true").header("HX-Target", "audit-results").header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(startsWith("<section id=\"audit-results\""),
						containsString(">View</span>"), containsString("1 entry"),
						not(containsString("id=\"audit-filter\"")), not(containsString("<title>")))));
	}

	@Test
	void aBoostedNavigationGetsTheWholePage() throws Exception {
		mvc.perform(get("/audit").header("HX-Request", "true").header("HX-Boosted", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"audit-filter\"")));
	}

	@Test
	void somethingThatIsNoPatientIdIsReportedAndMatchesNothing() throws Exception {
		aPatientSeen("Петрова Анна Ивановна");

		mvc.perform(get("/audit").param("patient", "not-an-id").header("Accept-Language", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Это не идентификатор пациента"),
						containsString("Записей по этому отбору нет."), not(containsString("data-testid=\"audit-export\"")))));
		mvc.perform(get("/audit/export.csv").param("patient", "not-an-id")).andExpect(status().isBadRequest());
	}

	@Test
	void pagingLinksKeepTheFilter() throws Exception {
		var staffMember = OWNER;
		for (int i = 0; i < AuditTrailController.PAGE_SIZE + 1; i++) {
			trail.record(AuditAction.EXPORT, "patients");
		}

		mvc.perform(get("/audit").param("staff", staffMember).param("action", "EXPORT").header("HX-Request", "true"))
				.andExpect(content().string(allOf(
						containsString("hx-get=\"/audit?staff=" + staffMember + "&amp;action=EXPORT&amp;page=1\""),
						not(containsString("rel=\"prev\"")))));
		mvc.perform(get("/audit").param("staff", staffMember).param("action", "EXPORT").param("page", "1")
				.header("HX-Request", "true"))
				.andExpect(content().string(allOf(containsString("rel=\"prev\""),
						containsString("href=\"/audit?staff=" + staffMember + "&amp;action=EXPORT\""),
						not(containsString("rel=\"next\"")))));
	}

	@Test
	void theCsvExportIsAnAttachmentNamedByTheClinicsDate() throws Exception {
		var patient = aPatientSeen("Иванова Мила");

		var response = mvc.perform(get("/audit/export.csv").param("patient", patient.id().toString()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-2025-03-03.csv\""))
				.andReturn().getResponse();

		var csv = response.getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFEntry,").contains("Иванова Мила");
	}

	@Test
	void theVerificationAnswersWithItsFragment() throws Exception {
		mvc.perform(post("/audit/verification").header("HX-Request", "true").header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(startsWith("<div id=\"audit-verification\""),
						containsString("Chain intact:"), containsString("entries checked."))));
	}

	private AuditSubject aPatientSeen(String fullName) {
		var patient = AuditSubject.patient(UUID.randomUUID(), fullName);
		trail.record(AuditAction.VIEW, patient, "card");
		return patient;
	}
}
