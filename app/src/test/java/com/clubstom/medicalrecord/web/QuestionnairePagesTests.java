package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditEntryView;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.Allergy;
import com.clubstom.medicalrecord.Anamnesis;
import com.clubstom.medicalrecord.InfectiousDisease;
import com.clubstom.medicalrecord.Questionnaires;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The Questionnaire tab, its dialog and its API as each role meets them: clinical staff and the owner read, doctors and
 * assistants record, the front desk and the accountant see none of it; every look and every version audited.
 */
@ClubStomWebTest
@Import(PatientsOnFile.class)
class QuestionnairePagesTests {

	private static final Set<Role> READERS = EnumSet.of(Role.OWNER, Role.DOCTOR, Role.ASSISTANT);
	private static final Set<Role> RECORDERS = EnumSet.of(Role.DOCTOR, Role.ASSISTANT);

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired Questionnaires questionnaires;
	@Autowired AuditTrail audit;

	/** A patient whose questionnaire says: allergic to lidocaine, takes warfarin, pressure 130/85. */
	private PatientId aPatientAllergicToLidocaine() {
		var id = patients.anAdultWithDocuments("Гаврилова", "Нина", "Павловна");
		questionnaires.record(id, new Anamnesis(List.of(new Allergy("лидокаин", "отёк Квинке")), "Гастрит", "Варфарин 5 мг",
				true, Set.of(), null, false, null, 130, 85, false, false, null, "Боль в зубе 46"), questionnaires.today(), 0);
		return id;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void clinicalStaffAndTheOwnerReadItDoctorsAndAssistantsRecordItOthersSeeNoneOfIt(Role role) throws Exception {
		var id = aPatientAllergicToLidocaine();
		var signedIn = user(staff.signedIn(role));
		var reads = READERS.contains(role);
		var records = RECORDERS.contains(role);

		mvc.perform(get("/patients/" + id).with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(reads
						? allOf(containsString("data-testid=\"tab-questionnaire\""), containsString("Аллергия: лидокаин (отёк Квинке)"),
								containsString("Принимает антикоагулянты"))
						: allOf(not(containsString("data-testid=\"tab-questionnaire\"")), not(containsString("лидокаин")),
								not(containsString("антикоагулянт")))));

		var tab = mvc.perform(htmx(get("/patients/" + id + "/tabs/questionnaire"), "tab-panel").with(signedIn));
		if (reads) {
			tab.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-testid=\"questionnaire-critical\""),
					containsString("Аллергия: лидокаин (отёк Квинке)"), containsString("Варфарин 5 мг"), containsString("130/85"),
					records ? containsString("data-testid=\"update-questionnaire\"")
							: not(containsString("data-testid=\"update-questionnaire\"")))));
		}
		else {
			tab.andExpect(status().isForbidden());
		}

		mvc.perform(htmx(get("/patients/" + id + "/questionnaire/edit"), "modal-root").with(signedIn))
				.andExpect(records ? status().isOk() : status().isForbidden());
		mvc.perform(get("/api/patients/" + id + "/questionnaire").with(signedIn))
				.andExpect(reads ? status().isOk() : status().isForbidden());
		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "латекс").param("signedOn", questionnaires.today().toString())
				.param("seenVersion", "1").with(csrf()).with(signedIn))
				.andExpect(records ? header().string("HX-Redirect", "/patients/" + id + "/questionnaire") : status().isForbidden());
		assertThat(questionnaires.current(id).orElseThrow().number()).isEqualTo(records ? 2 : 1);
	}

	@Test
	void aDoctorFillsInTheFirstQuestionnaireAndTheCardWarnsEveryoneWhoTreats() throws Exception {
		var id = patients.anAdultWithDocuments("Суворова", "Дина", null);
		var doctor = user(staff.signedIn(Role.DOCTOR));
		mvc.perform(htmx(get("/patients/" + id + "/tabs/questionnaire"), "tab-panel").with(doctor))
				.andExpect(content().string(allOf(containsString("data-testid=\"questionnaire-empty\""),
						containsString("data-testid=\"fill-questionnaire\""))));
		mvc.perform(get("/patients/" + id).with(doctor)).andExpect(content().string(containsString("Анкета здоровья не заполнена")));
		mvc.perform(htmx(get("/patients/" + id + "/questionnaire/edit"), "modal-root").with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-modal"), containsString("name=\"allergies[0].substance\""),
						containsString("id=\"allergy-row-template\""), containsString("name=\"seenVersion\" value=\"0\""),
						containsString("value=\"" + russian(questionnaires.today()) + "\""),
						containsString("value=\"HEPATITIS_C\""))));

		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "Лидокаин").param("allergies[0].reaction", "отёк Квинке")
				.param("allergies[1].substance", "").param("allergies[1].reaction", "")
				.param("medications", "Апиксабан 5 мг").param("takesAnticoagulants", "true")
				.param("infectiousDiseases", "HEPATITIS_C").param("pregnant", "true").param("pregnancyWeeks", "20")
				.param("systolic", "185").param("diastolic", "100").param("complaints", "Боль в зубе 36")
				.param("signedOn", questionnaires.today().toString()).param("seenVersion", "0").with(csrf()).with(doctor))
				.andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/patients/" + id + "/questionnaire"))
				.andExpect(flash().attribute("toastCode", "questionnaire.saved"));

		var current = questionnaires.current(id).orElseThrow();
		assertThat(current.answers().allergies()).containsExactly(new Allergy("Лидокаин", "отёк Квинке"));
		assertThat(current.answers().infectiousDiseases()).containsExactly(InfectiousDisease.HEPATITIS_C);
		assertThat(current.recordedByName()).isEqualTo(StaffOnDuty.fullNameOf(Role.DOCTOR));
		mvc.perform(get("/patients/" + id + "/questionnaire").with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Аллергия: Лидокаин (отёк Квинке)"),
						containsString("Принимает антикоагулянты"), containsString("Беременность, 20 нед."),
						containsString("Инфекционное заболевание: гепатит C"), containsString("Высокое давление: 185/100 мм рт. ст."),
						not(containsString("Анкета здоровья не заполнена")))));
		mvc.perform(htmx(get("/patients/" + id + "/tabs/questionnaire"), "tab-panel").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Версия 1"), containsString(StaffOnDuty.fullNameOf(Role.DOCTOR)),
						containsString("История версий (1)"))));
	}

	@Test
	void refusedAnswersComeBackBesideTheirFieldsWithEverythingTypedAndNothingIsRecorded() throws Exception {
		var id = patients.anAdultWithDocuments("Миронова", "Ия", null);

		// the empty first row is dropped, so the reaction without a substance is reported on the row it is now in
		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "").param("allergies[1].reaction", "сыпь")
				.param("systolic", "80").param("diastolic", "120").param("pregnant", "true").param("pregnancyWeeks", "50")
				.param("anaesthesiaProblems", "true").param("complaints", "Ноет зуб 47")
				.param("signedOn", questionnaires.today().plusDays(3).toString()).param("seenVersion", "0")
				.with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"form-errors\""),
						containsString("data-error-for=\"allergies[0].substance\""), containsString("Укажите, на что аллергия"),
						containsString("value=\"сыпь\""), containsString("data-error-for=\"systolic\""),
						containsString("Верхнее давление должно быть больше нижнего"), containsString("value=\"80\""),
						containsString("Срок от 1 до 42 недель"), containsString("value=\"50\""),
						containsString("Опишите, что произошло при анестезии"),
						containsString("Дата подписи не может быть позже сегодняшнего дня"), containsString("Ноет зуб 47"),
						containsString("name=\"allergies[1].substance\""))));
		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog").param("lang", "en")
				.param("systolic", "abc").param("diastolic", "80").param("signedOn", "").param("seenVersion", "0")
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("Enter a whole number"),
						containsString("Give the date the patient signed"), containsString("value=\"abc\""))));

		assertThat(questionnaires.of(id)).isEmpty();
	}

	@Test
	void aVersionRecordedMeanwhileIsShownWithWhatThisPersonTyped() throws Exception {
		var id = aPatientAllergicToLidocaine();

		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "лидокаин").param("allergies[0].reaction", "отёк Квинке")
				.param("medications", "Варфарин 5 мг").param("takesAnticoagulants", "true")
				.param("systolic", "130").param("diastolic", "85").param("complaints", "Скол коронки 11")
				.param("signedOn", questionnaires.today().toString()).param("seenVersion", "0")
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"questionnaire-changed-meanwhile\""),
						containsString("записал(а) версию 1"), containsString("name=\"seenVersion\" value=\"1\""),
						containsString("Боль в зубе 46</textarea>"), containsString("Вы вводили: Скол коронки 11"),
						containsString("Вы вводили: нет"), containsString("data-yours-for=\"chronicDiseases\""),
						not(containsString("data-yours-for=\"allergies\"")))));
		assertThat(questionnaires.history(id)).hasSize(1);
	}

	@Test
	void everyLookAndEveryVersionIsInTheAuditTrail() throws Exception {
		var id = patients.anAdultWithDocuments("Тарасова", "Эльза", null);
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(get("/patients/" + id + "/tabs/questionnaire"), "tab-panel").with(user(staff.signedIn(Role.OWNER))));
		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "Латекс").param("signedOn", questionnaires.today().toString())
				.param("seenVersion", "0").with(csrf()).with(doctor));
		mvc.perform(htmx(post("/patients/" + id + "/questionnaire/versions"), "questionnaire-dialog")
				.param("allergies[0].substance", "Латекс").param("systolic", "120").param("diastolic", "80")
				.param("signedOn", questionnaires.today().toString()).param("seenVersion", "1").with(csrf()).with(doctor));
		mvc.perform(get("/api/patients/" + id + "/questionnaire").with(user(staff.signedIn(Role.ASSISTANT))));

		var entries = audit.search(AuditQuery.aboutPatient(id.value()), 0, 20).entries().stream()
				.filter(entry -> Questionnaires.SECTION.equals(entry.section()))
				.sorted(Comparator.comparingLong(AuditEntryView::sequence)).toList();
		assertThat(entries).extracting(AuditEntryView::action, AuditEntryView::actorUsername).containsExactly(
				tuple(AuditAction.VIEW, staff.usernameOf(Role.OWNER)),
				tuple(AuditAction.CREATE, staff.usernameOf(Role.DOCTOR)),
				tuple(AuditAction.CHANGE, staff.usernameOf(Role.DOCTOR)),
				tuple(AuditAction.VIEW, staff.usernameOf(Role.ASSISTANT)));
		assertThat(entries.get(1).changedFields()).containsExactly("allergies", "signedOn");
		assertThat(entries.get(2).changedFields()).containsExactly("bloodPressure");
		assertThat(entries).allSatisfy(entry -> assertThat(entry.subjectKind()).isEqualTo(AuditSubject.PATIENT));
	}

	@Test
	void theHistoryListsEveryVersionAndOneOpensWithWhatItChanged() throws Exception {
		var id = patients.anAdultWithDocuments("Ершова", "Вера", null);
		questionnaires.record(id, new Anamnesis(List.of(), null, null, false, Set.of(), null, false, null, 120, 80, false, false,
				null, "Профилактика"), questionnaires.today().minusMonths(14), 0);
		questionnaires.record(id, new Anamnesis(List.of(new Allergy("лидокаин", "отёк Квинке")), null, null, false, Set.of(), null,
				false, null, 120, 80, false, false, null, "Профилактика"), questionnaires.today(), 1);
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(htmx(get("/patients/" + id + "/tabs/questionnaire"), "tab-panel").with(owner))
				.andExpect(content().string(allOf(containsString("История версий (2)"), containsString("Версия 2"),
						containsString("Версия 1"), containsString("Первая анкета"), containsString("Изменено:"),
						containsString("hx-get=\"/patients/" + id + "/questionnaire/versions/1\""),
						not(containsString("Анкета здоровья старше года")))));
		mvc.perform(htmx(get("/patients/" + id + "/questionnaire/versions/2"), "questionnaire-version-2").with(owner))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Что изменилось по сравнению с версией 1"),
						containsString("<td class=\"questionnaire-diff__before\">нет</td>"),
						containsString("<td class=\"questionnaire-diff__after\">лидокаин (отёк Квинке)</td>"),
						containsString("Ответы версии 2"))));
		mvc.perform(htmx(get("/patients/" + id + "/questionnaire/versions/1"), "questionnaire-version-1").with(owner))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("questionnaire-diff"))));
		mvc.perform(get("/patients/" + id + "/questionnaire/versions/3").with(owner)).andExpect(status().isNotFound());
	}

	@Test
	void theApiGivesTheCurrentVersionWithWhatIsCritical() throws Exception {
		var id = aPatientAllergicToLidocaine();

		mvc.perform(get("/api/patients/" + id + "/questionnaire").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.patientId").value(id.toString()))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.signedOn").value(questionnaires.today().toString()))
				.andExpect(jsonPath("$.answers.allergies[0].substance").value("лидокаин"))
				.andExpect(jsonPath("$.answers.takesAnticoagulants").value(true))
				.andExpect(jsonPath("$.answers.systolic").value(130))
				.andExpect(jsonPath("$.criticalItems.length()").value(2))
				.andExpect(jsonPath("$.criticalItems[0].kind").value("ALLERGY"))
				.andExpect(jsonPath("$.criticalItems[0].detail").value("отёк Квинке"))
				.andExpect(jsonPath("$.criticalItems[1].kind").value("ANTICOAGULANTS"))
				.andExpect(jsonPath("$.highBloodPressure").value(false));
		var withoutQuestionnaire = patients.anAdultWithDocuments("Лосева", "Ада", null);
		mvc.perform(get("/api/patients/" + withoutQuestionnaire + "/questionnaire").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/patients/" + UUID.randomUUID() + "/questionnaire").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isNotFound());
		mvc.perform(htmx(get("/patients/" + UUID.randomUUID() + "/tabs/questionnaire"), "tab-panel")
				.with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isNotFound());
	}

	private static String russian(java.time.LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}
}
