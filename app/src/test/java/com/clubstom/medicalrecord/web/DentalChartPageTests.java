package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.LegalRepresentative;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.Sex;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The "Dental chart" tab: doctors and assistants chart and diagnose, the owner reads, the front desk and the accountant
 * get neither the tab nor its addresses; every answer redraws the chart.
 */
@ClubStomWebTest
class DentalChartPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired Charting charting;
	@Autowired AuditTrail audit;
	@Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "dental-chart");
	}

	private PatientId anAdult() {
		return patients.anAdultWithDocuments("Зубов", "Пётр", "Ильич");
	}

	@Test
	void aDoctorSeesThePermanentTeethOfAnAdultAndNothingRecordedYet() throws Exception {
		var patient = anAdult();

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"dental-chart\""), containsString("data-testid=\"tooth-18\""),
						containsString("data-testid=\"tooth-38\""), not(containsString("data-testid=\"tooth-55\"")),
						containsString("Верхняя челюсть"), containsString("Нажмите на зуб"), containsString("Записей пока нет"),
						not(containsString("data-testid=\"chart-past\"")))));
	}

	@Test
	void aSchoolchildIsShownTheMixedDentitionAndTheDoctorMaySwitch() throws Exception {
		var born = LocalDate.now().minusYears(8);
		var child = patients.registry().register(new PatientDetails("Зубова", "Маша", null, born, Sex.FEMALE,
				new PatientContacts(PatientsOnFile.aFreshPhone(), List.of(), null, null, ContactChannel.SMS), null, List.of(),
				null, new LegalRepresentative("Зубова Анна Петровна", LegalRepresentative.Relation.MOTHER,
						PatientsOnFile.aFreshPhone(), null), null, null), born.plusYears(1), true);
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(get("/patients/" + child + "/tabs/chart")).with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tooth-55\""), containsString("data-testid=\"tooth-16\""),
						containsString("odontogram--mixed"))));
		mvc.perform(htmx(get("/patients/" + child + "/tabs/chart")).param("dentition", "PERMANENT").with(doctor))
				.andExpect(content().string(allOf(not(containsString("data-testid=\"tooth-55\"")), containsString("odontogram--permanent"))));
	}

	@Test
	void cariesOnTheOcclusalSurfaceOfThirtySixIsDrawnListedAndAnnouncedWithAToast() throws Exception {
		var patient = anAdult();

		mvc.perform(htmx(post("/patients/" + patient + "/chart/teeth/36/findings")).param("condition", "CARIES")
				.param("surfaces", "O").param("note", "пигментированная фиссура").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("surface--caries\" d=\"M12 20A8") /* the centre of the crown diagram */,
						containsString("data-testid=\"tooth-panel-title\">Зуб 36"), containsString("Кариес · O"),
						containsString("пигментированная фиссура"), containsString(StaffOnDuty.fullNameOf(Role.DOCTOR)))));

		var tooth = charting.chartOf(patient).asOf(charting.now()).of(Tooth.of(36));
		assertThat(tooth.on(ToothSurface.OCCLUSAL)).contains(ToothCondition.CARIES);
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.CHANGE), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.changedFields()).containsExactly("tooth.36"));
	}

	@Test
	void cariesWithoutSurfacesIsRefusedBesideThePickerAndNothingIsRecorded() throws Exception {
		var patient = anAdult();

		mvc.perform(htmx(post("/patients/" + patient + "/chart/teeth/36/findings")).param("condition", "CARIES")
				.param("note", "оставьте меня").with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Отметьте поверхности, на которых это найдено"),
						containsString("оставьте меня"), containsString("data-testid=\"condition-CARIES\" checked"))));
		mvc.perform(htmx(post("/patients/" + patient + "/chart/teeth/36/findings")).param("condition", "CROWN").param("surfaces", "O")
				.param("lang", "en").with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(content().string(containsString("This is a condition of the whole tooth: untick the surfaces")));

		assertThat(charting.chartOf(patient).findings()).isEmpty();
	}

	@Test
	void aDiagnosisShowsOnTheToothAndInTheListWithItsTitle() throws Exception {
		var patient = anAdult();
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(post("/patients/" + patient + "/chart/diagnoses")).param("tooth", "36").param("code", "K02.1")
				.param("madeOn", charting.today().toString()).with(csrf()).with(doctor))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("class=\"tooth__dx\">K02.1</span>"),
						containsString("Кариес дентина"))));
		mvc.perform(htmx(post("/patients/" + patient + "/chart/diagnoses")).param("code", "K05.1")
				.param("madeOn", charting.today().toString()).with(csrf()).with(doctor))
				.andExpect(content().string(allOf(containsString("Полость рта"), containsString("K05.1"))));

		assertThat(charting.chartOf(patient).diagnoses()).extracting(diagnosis -> diagnosis.code()).containsExactly("K02.1", "K05.1");
	}

	@Test
	void anUnknownCodeOrATomorrowDateIsRefusedBesideTheField() throws Exception {
		var patient = anAdult();

		mvc.perform(htmx(post("/patients/" + patient + "/chart/diagnoses")).param("tooth", "36").param("code", "J06.9")
				.param("madeOn", charting.today().plusDays(1).toString()).with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Такого кода нет в разделе K00–K14 МКБ-10"),
						containsString("Дата диагноза не может быть в будущем"), containsString("value=\"J06.9\""))));
		assertThat(charting.chartOf(patient).diagnoses()).isEmpty();
	}

	@Test
	void theChartAsOfAnEarlierDayShowsWhatWasRecordedByThenAndTakesNoEntries() throws Exception {
		var patient = anAdult();
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).param("asOf", charting.today().minusDays(1).toString())
				.param("tooth", "36").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"chart-past\""), not(containsString("surface--caries")),
						not(containsString("data-testid=\"finding-form\"")))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).param("tooth", "36").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("surface--caries"), containsString("data-testid=\"finding-form\""))));
	}

	@Test
	void theTimelineStopsAtEveryEarlierDayAndShowsTheChartOfTheStepChosen() throws Exception {
		var patient = anAdult();
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		var aWeekAgo = charting.now().minus(java.time.Duration.ofDays(7));
		mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
				org.springframework.data.mongodb.core.query.Criteria.where("_id").is(patient.value())),
				new org.springframework.data.mongodb.core.query.Update().set("findings.$[].recordedAt", aWeekAgo), "dental_charts");
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL), null);
		var then = aWeekAgo.atZone(charting.clinicZone()).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"chart-timeline\""),
						containsString("data-labels=\"" + then + "|сейчас\""), containsString("surface--filling"))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).param("step", "0").with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"chart-past\""), containsString("surface--caries"),
						not(containsString("surface--filling")))));
	}

	@Test
	void theOwnerReadsTheChartButRecordsNothing() throws Exception {
		var patient = anAdult();
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).param("tooth", "36").with(owner))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tooth-panel-title\""),
						not(containsString("data-testid=\"finding-form\"")), not(containsString("data-testid=\"diagnosis-form\"")))));
		mvc.perform(htmx(post("/patients/" + patient + "/chart/teeth/36/findings")).param("condition", "CROWN").with(csrf()).with(owner))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/chart/diagnoses")).param("code", "K05.1").with(csrf()).with(owner))
				.andExpect(status().isForbidden());
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.VIEW), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(Charting.SECTION));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ACCOUNTANT" })
	void theFrontDeskAndTheAccountantSeeNoClinicalData(Role role) throws Exception {
		var patient = anAdult();
		var signedIn = user(staff.signedIn(role));

		mvc.perform(get("/patients/" + patient).with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-testid=\"tab-chart\""))));
		mvc.perform(get("/patients/" + patient + "/chart").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/chart/teeth/36/findings")).param("condition", "CROWN").with(csrf())
				.with(signedIn)).andExpect(status().isForbidden());
		assertThat(charting.chartOf(patient).findings()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCTOR", "ASSISTANT", "OWNER" })
	void clinicalStaffFindTheChartTabOnTheCard(Role role) throws Exception {
		var patient = anAdult();

		mvc.perform(get("/patients/" + patient + "/chart").with(user(staff.signedIn(role)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tab-chart\""),
						containsString("/patients/" + patient + "/tabs/chart"))));
	}

	@Test
	void anUnknownToothOrPatientIsNotFound() throws Exception {
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(post("/patients/" + anAdult() + "/chart/teeth/19/findings")).param("condition", "CROWN").with(csrf())
				.with(doctor)).andExpect(status().isNotFound());
		mvc.perform(htmx(get("/patients/" + java.util.UUID.randomUUID() + "/tabs/chart")).with(doctor))
				.andExpect(status().isNotFound());
	}

	@Test
	void theApiGivesClinicalStaffTheChartAsJsonAndRefusesTheFrontDesk() throws Exception {
		var patient = anAdult();
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		charting.diagnose(patient, Tooth.of(36), "K02.1", charting.today(), null);

		mvc.perform(get("/api/patients/" + patient + "/chart").with(httpBasic(staff.usernameOf(Role.OWNER), StaffOnDuty.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.patientId").value(patient.toString()))
				.andExpect(jsonPath("$.teeth[0].tooth").value(36))
				.andExpect(jsonPath("$.teeth[0].surfaces.O").value("CARIES"))
				.andExpect(jsonPath("$.teeth[0].diagnoses[0].code").value("K02.1"));
		mvc.perform(get("/api/patients/" + patient + "/chart").param("asOf", charting.today().minusDays(1).toString())
				.with(httpBasic(staff.usernameOf(Role.DOCTOR), StaffOnDuty.PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.teeth").isEmpty());
		mvc.perform(get("/api/patients/" + patient + "/chart").with(httpBasic(staff.usernameOf(Role.ADMINISTRATOR), StaffOnDuty.PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/patients/" + java.util.UUID.randomUUID() + "/chart")
				.with(httpBasic(staff.usernameOf(Role.DOCTOR), StaffOnDuty.PASSWORD))).andExpect(status().isNotFound());
	}
}
