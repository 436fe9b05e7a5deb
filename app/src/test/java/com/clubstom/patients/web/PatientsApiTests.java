package com.clubstom.patients.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** {@code /api/patients}: the same rules, duplicates, conflicts and role allowances as the pages, in JSON. */
@ClubStomWebTest
@Import(PatientsOnFile.class)
class PatientsApiTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;

	@Test
	void everyRoleSearchesButOnlySeesWhatItMay() throws Exception {
		var id = patients.anAdultWithDocuments("Миронова", "Влада", "Игоревна");

		mvc.perform(get("/api/patients").param("q", "миронова влада").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id.toString()))
				.andExpect(jsonPath("$.items[0].lastName").value("Миронова"))
				.andExpect(jsonPath("$.items[0].birthDate").value("1984-03-12"));
		mvc.perform(get("/api/patients").param("q", "миронова").with(as(Role.ACCOUNTANT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].phone").exists()).andExpect(jsonPath("$.items[0].birthDate").doesNotExist());
	}

	@Test
	void aPatientReadsInFullOnlyForTheFrontDesk() throws Exception {
		var id = patients.anAdultWithDocuments("Никитина", "Оксана", null);

		mvc.perform(get("/api/patients/" + id).with(as(Role.ADMINISTRATOR))).andExpect(status().isOk())
				.andExpect(jsonPath("$.firstName").value("Оксана")).andExpect(jsonPath("$.sex").value("FEMALE"))
				.andExpect(jsonPath("$.personalDataConsent").value(true))
				.andExpect(jsonPath("$.identityDocument.number").value("345678"))
				.andExpect(jsonPath("$.insurance.insurer").value("СОГАЗ"));
		mvc.perform(get("/api/patients/" + id).with(as(Role.DOCTOR))).andExpect(status().isOk())
				.andExpect(jsonPath("$.birthDate").value("1984-03-12"))
				.andExpect(jsonPath("$.identityDocument").doesNotExist()).andExpect(jsonPath("$.insurance").doesNotExist());
		mvc.perform(get("/api/patients/" + id).with(as(Role.ACCOUNTANT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.email").value("patient@mail.ru")).andExpect(jsonPath("$.birthDate").doesNotExist())
				.andExpect(jsonPath("$.notes").doesNotExist());
	}

	@Test
	void registeringReturnsTheNewPatientAndWhereItLives() throws Exception {
		var phone = PatientsOnFile.aFreshPhone();
		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content("""
				{"lastName": "Орехова", "firstName": "Дина", "birthDate": "1990-05-17", "sex": "FEMALE",
				 "phone": "%s", "email": "dina@mail.ru", "personalDataConsent": true, "tags": ["ДМС"]}
				""".formatted(phone.replace("+7", "8 "))).with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/patients/")))
				.andExpect(jsonPath("$.fullName").value("Орехова Дина")).andExpect(jsonPath("$.phone").value(phone))
				.andExpect(jsonPath("$.personalDataConsent").value(true)).andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void invalidInputIsAProblemNamingEachFieldInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastName\": \"Орехова\", \"phone\": \"123\", \"birthDate\": \"2090-01-01\"}").with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem("firstName"))).andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
				.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message").value(hasItem("Дата рождения не может быть в будущем")));
		mvc.perform(post("/api/patients").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastName\": \"Orekhova\"}").with(as(Role.ADMINISTRATOR)))
				.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value(hasItem("Enter a phone number")));
		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content("{not json").with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aLikelyDuplicateIsRefusedWithTheCandidatesUnlessConfirmed() throws Exception {
		var existing = patients.anAdultWithDocuments("Гусева", "Тамара", null);
		var phone = patients.registry().find(existing).orElseThrow().details().contacts().phone();
		var body = "{\"lastName\": \"Гусева\", \"firstName\": \"Тамара\", \"birthDate\": \"1984-03-12\", \"sex\": \"FEMALE\", \"phone\": \"%s\"%s}";

		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content(body.formatted(phone, ""))
				.with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.type", containsString("likely-duplicate")))
				.andExpect(jsonPath("$.candidates[0].id").value(existing.toString()));
		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(phone, ", \"duplicateConfirmed\": true")).with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isCreated());
	}

	@Test
	void aChangeBasedOnAStaleVersionIsAConflict() throws Exception {
		var id = patients.anAdultWithDocuments("Ершова", "Лана", null);
		var phone = patients.registry().find(id).orElseThrow().details().contacts().phone();
		var body = "{\"lastName\": \"Ершова\", \"firstName\": \"Лана\", \"birthDate\": \"1984-03-12\", \"sex\": \"FEMALE\", "
				+ "\"phone\": \"" + phone + "\", \"address\": \"%s\", \"version\": 0}";

		mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON).content(body.formatted("ул. Первая, 1"))
				.with(as(Role.ADMINISTRATOR))).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.address").value("ул. Первая, 1"));
		mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON).content(body.formatted("ул. Вторая, 2"))
				.with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.type", containsString("changed-meanwhile")))
				.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("ул. Третья, 3").replace(", \"version\": 0", "")).with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void clinicalStaffCorrectContactsOnlyAndTheAccountantChangesNothing() throws Exception {
		var id = patients.anAdultWithDocuments("Козлова", "Мила", null);
		var newPhone = PatientsOnFile.aFreshPhone();

		mvc.perform(patch("/api/patients/" + id + "/contacts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\": \"" + newPhone + "\", \"version\": 0}").with(as(Role.ASSISTANT)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.phone").value(newPhone));
		mvc.perform(put("/api/patients/" + id).contentType(MediaType.APPLICATION_JSON).content("{}").with(as(Role.DOCTOR)))
				.andExpect(status().isForbidden());
		mvc.perform(patch("/api/patients/" + id + "/contacts").contentType(MediaType.APPLICATION_JSON).content("{}")
				.with(as(Role.ACCOUNTANT))).andExpect(status().isForbidden());
		mvc.perform(post("/api/patients").contentType(MediaType.APPLICATION_JSON).content("{}").with(as(Role.DOCTOR)))
				.andExpect(status().isForbidden());
	}

	@Test
	void archivingAndRestoringAreForTheFrontDesk() throws Exception {
		var id = patients.anAdultWithDocuments("Яковлева", "Роза", null);

		mvc.perform(post("/api/patients/" + id + "/archive").with(as(Role.DOCTOR))).andExpect(status().isForbidden());
		mvc.perform(post("/api/patients/" + id + "/archive").with(as(Role.OWNER))).andExpect(status().isNoContent());
		mvc.perform(get("/api/patients/" + id).with(as(Role.OWNER))).andExpect(jsonPath("$.status").value("ARCHIVED"));
		mvc.perform(post("/api/patients/" + id + "/restore").with(as(Role.ADMINISTRATOR))).andExpect(status().isNoContent());
		mvc.perform(get("/api/patients/" + id).with(as(Role.OWNER))).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void anUnknownPatientIsAProblem() throws Exception {
		mvc.perform(get("/api/patients/" + java.util.UUID.randomUUID()).with(as(Role.ADMINISTRATOR)))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.type", containsString("unknown-patient")));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/patients'].get").exists())
				.andExpect(jsonPath("$.paths['/api/patients'].post").exists())
				.andExpect(jsonPath("$.paths['/api/patients/{id}'].put").exists());
	}

	private RequestPostProcessor as(Role role) {
		return httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD);
	}
}
