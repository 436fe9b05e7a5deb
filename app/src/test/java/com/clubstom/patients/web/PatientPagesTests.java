package com.clubstom.patients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The registry page, the registration dialog and the patient card, as each role sees them. */
@ClubStomWebTest
@Import(PatientsOnFile.class)
class PatientPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired AuditTrail audit;

	@Test
	void theFrontDeskSeesTheRegistryWithTheNewPatientButton() throws Exception {
		mvc.perform(get("/patients").with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Пациенты"), containsString("data-testid=\"new-patient\""),
						containsString("data-testid=\"patient-search\""))));
		mvc.perform(get("/patients").with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-testid=\"new-patient\""))));
	}

	@Test
	void liveSearchAnswersWithOnlyTheResults() throws Exception {
		patients.anAdultWithDocuments("Ёлкина", "Дарья", "Павловна");

		mvc.perform(htmx(get("/patients").param("q", "елкина дар"), "patient-results").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ёлкина Дарья Павловна"), containsString("id=\"patient-results\""),
						not(containsString("<html")))));
	}

	@Test
	void theAccountantSeesNamesAndContactsButNoDatesOfBirthInTheList() throws Exception {
		patients.anAdultWithDocuments("Жаворонкова", "Инна", null);

		mvc.perform(get("/patients").param("q", "жаворонкова").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Жаворонкова Инна"), not(containsString("12.03.1984")))));
		mvc.perform(get("/patients").param("q", "жаворонкова").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("12.03.1984")));
	}

	@Test
	void theRegistrationDialogShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(htmx(post("/patients"), "modal-root").param("lastName", "Тихонова").param("firstName", "")
				.param("birthDate", "31.02.1990").param("phone", "12345").param("email", "tikhonova@")
				.with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("value=\"Тихонова\""), containsString("value=\"12345\""),
						containsString("data-error-for=\"firstName\""), containsString("Обязательное поле"),
						containsString("Введите дату в формате ДД.ММ.ГГГГ"), containsString("Не похоже на номер телефона"),
						containsString("Проверьте адрес почты"), containsString("Укажите пол"))));
	}

	@Test
	void validationMessagesAreTranslatedToEnglish() throws Exception {
		mvc.perform(post("/patients").param("lang", "en").param("lastName", "Tikhonova").param("phone", "12345")
				.with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(allOf(containsString("Not a phone number"), containsString("Enter the date of birth"),
						containsString("Required"))));
	}

	@Test
	void aChildNeedsARepresentativeBeforeRegistration() throws Exception {
		mvc.perform(post("/patients").param("lastName", "Малышева").param("firstName", "Вера").param("birthDate", "01.06.2020")
				.param("sex", "FEMALE").param("phone", "8 977 000-00-01").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"representative.fullName\""),
						containsString("Пациенту нет 15 лет: укажите законного представителя"))));
	}

	@Test
	void registeringOpensTheNewCardWithAToast() throws Exception {
		var phone = PatientsOnFile.aFreshPhone();
		var result = mvc.perform(htmx(post("/patients"), "modal-root").param("lastName", "Громова").param("firstName", "Ульяна")
				.param("birthDate", "15.04.1992").param("sex", "FEMALE").param("phone", phone)
				.param("personalDataConsent", "true").param("personalDataConsentDate", "20.11.2026")
				.with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk()).andExpect(header().exists("HX-Redirect"))
				.andExpect(flash().attribute("toastCode", "patient.registered.toast")).andReturn();

		var card = result.getResponse().getHeader("HX-Redirect");
		var id = PatientId.of(card.substring("/patients/".length()));
		var patient = patients.registry().find(id).orElseThrow();
		assertThat(patient.fullName()).isEqualTo("Громова Ульяна");
		assertThat(patient.consent().given()).isTrue();
		assertThat(patient.registered().username()).isEqualTo(staff.usernameOf(Role.ADMINISTRATOR));
	}

	@Test
	void aLikelyDuplicateIsWarnedAboutWithALinkAndCanBeOverriddenDeliberately() throws Exception {
		var existing = patients.anAdultWithDocuments("Лаврова", "Нина", null);
		var phone = patients.registry().find(existing).orElseThrow().details().contacts().phone();
		var twin = (MockHttpServletRequestBuilder) htmx(post("/patients"), "modal-root").param("lastName", "Лаврова")
				.param("firstName", "Нина").param("birthDate", "12.03.1984").param("sex", "FEMALE").param("phone", phone)
				.with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)));

		mvc.perform(twin).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"duplicate-warning\""),
						containsString("href=\"/patients/" + existing + "\""), containsString("data-testid=\"save-anyway\""))));
		mvc.perform(twin.param("duplicateConfirmed", "true")).andExpect(header().exists("HX-Redirect"));
	}

	@Test
	void theCardShowsTheHeaderAndTheTabsARoleMaySee() throws Exception {
		var id = patients.anAdultWithDocuments("Панова", "Ксения", "Олеговна");

		mvc.perform(get("/patients/" + id).with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Панова Ксения Олеговна"), containsString("data-testid=\"tab-profile\""),
						containsString("data-testid=\"tab-documents\""), containsString("+7 977"), containsString("VIP"))));
		mvc.perform(get("/patients/" + id).with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tab-profile\""),
						not(containsString("data-testid=\"tab-documents\"")), containsString("data-testid=\"edit-contacts\""))));
	}

	@Test
	void theOpenTabIsInTheAddressSoItCanBeBookmarked() throws Exception {
		var id = patients.anAdultWithDocuments("Рябова", "Зоя", null);

		mvc.perform(get("/patients/" + id + "/documents").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("aria-selected=\"true\" hx-get=\"/patients/" + id + "/tabs/documents\""),
						containsString("hx-trigger=\"load\""))));
		mvc.perform(get("/patients/" + id + "/no-such-tab").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isNotFound());
	}

	@Test
	void documentsAndInsuranceAreForTheFrontDeskAndTheOwnerOnly() throws Exception {
		var id = patients.anAdultWithDocuments("Соболева", "Лидия", null);

		mvc.perform(get("/patients/" + id + "/tabs/documents").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("345678"), containsString("СОГАЗ"), containsString("Согласие получено"))));
		for (var role : new Role[] { Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(get("/patients/" + id + "/tabs/documents").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
			mvc.perform(get("/patients/" + id + "/documents").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theProfileTabShowsTheAccountantOnlyNamesAndContacts() throws Exception {
		var id = patients.anAdultWithDocuments("Калинина", "Ева", null);

		mvc.perform(get("/patients/" + id + "/tabs/profile").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("г. Москва, ул. Лесная"), not(containsString("Предпочитает утренние")),
						not(containsString("12.03.1984")))));
		mvc.perform(get("/patients/" + id + "/tabs/profile").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("Предпочитает утренние"), not(containsString("345678")))));
	}

	@Test
	void theSecondOfTwoEditorsSeesTheOtherChangeAndWhatTheyTyped() throws Exception {
		var id = patients.anAdultWithDocuments("Зайцева", "Алла", null);
		var seen = patients.registry().find(id).orElseThrow();
		var input = PatientInput.of(seen, true);
		patients.registry().changeContacts(id, seen.version(), new com.clubstom.patients.PatientContacts(
				seen.details().contacts().phone(), java.util.List.of(), null, "г. Москва, ул. Первая, 1", null));

		mvc.perform(htmx(post("/patients/" + id), "modal-root").param("lastName", "Зайцева").param("firstName", "Алла")
				.param("birthDate", "12.03.1984").param("sex", "FEMALE").param("phone", input.getPhone())
				.param("address", "г. Москва, ул. Вторая, 2").param("version", String.valueOf(seen.version()))
				.with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"conflict\""),
						containsString("value=\"г. Москва, ул. Первая, 1\""), containsString("Вы вводили: г. Москва, ул. Вторая, 2"))));
		assertThat(patients.registry().find(id).orElseThrow().details().contacts().address()).isEqualTo("г. Москва, ул. Первая, 1");
	}

	@Test
	void aDoctorCorrectsContactsButCannotEditTheRest() throws Exception {
		var id = patients.anAdultWithDocuments("Фомина", "Раиса", null);
		var version = patients.registry().find(id).orElseThrow().version();
		var newPhone = PatientsOnFile.aFreshPhone();

		mvc.perform(htmx(post("/patients/" + id + "/contacts"), "modal-root").param("phone", newPhone).param("version", String.valueOf(version))
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(header().string("HX-Redirect", "/patients/" + id));
		assertThat(patients.registry().find(id).orElseThrow().details().contacts().phone()).isEqualTo(newPhone);
		mvc.perform(post("/patients/" + id).param("lastName", "Иная").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isForbidden());
		mvc.perform(post("/patients/" + id + "/contacts").param("phone", newPhone).with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isForbidden());
	}

	@Test
	void archivingHidesThePatientFromTheListAndRestoringBringsThemBack() throws Exception {
		var id = patients.anAdultWithDocuments("Архипова", "Софья", null);

		mvc.perform(post("/patients/" + id + "/archive").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/patients").param("q", "архипова").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(not(containsString("Архипова Софья"))));
		mvc.perform(post("/patients/" + id + "/restore").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/patients").param("q", "архипова").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("Архипова Софья")));
		mvc.perform(post("/patients/" + id + "/archive").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isForbidden());
	}

	@Test
	void openingACardIsRecordedWithWhoAndFromWhere() throws Exception {
		var id = patients.anAdultWithDocuments("Белкина", "Юлия", null);

		mvc.perform(get("/patients/" + id + "/tabs/profile").with(user(staff.signedIn(Role.DOCTOR)))
				.with(request -> { request.setRemoteAddr("192.168.1.23"); return request; }));

		var views = audit.search(new AuditQuery(AuditSubject.PATIENT, id.value(), null, AuditAction.VIEW, null, null), 0, 5).entries();
		assertThat(views).singleElement().satisfies(view -> {
			assertThat(view.actorUsername()).isEqualTo(staff.usernameOf(Role.DOCTOR));
			assertThat(view.address()).isEqualTo("192.168.1.23");
			assertThat(view.section()).isEqualTo("profile");
		});
	}

	@Test
	void anUnknownPatientIsNotFound() throws Exception {
		mvc.perform(get("/patients/" + UUID.randomUUID()).with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}
}
