package com.clubstom.medicalrecord.web;

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

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PlanStatus;
import com.clubstom.medicalrecord.TreatmentPlanId;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.ClinicWorkingDay;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The "Treatment plans" tab and the printout: doctors and assistants make and change plans, the front desk and the owner
 * see and print them and record the patient's answer, the accountant sees none; errors stand beside their fields with
 * the input kept, and a plan changed meanwhile is said so.
 */
@ClubStomWebTest
class TreatmentPlanPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired PlansOnFile onFile;
	@Autowired TreatmentPlans plans;
	@Autowired AuditTrail audit;
	@Autowired ClinicProfile clinic;
	@Autowired com.clubstom.medicalrecord.ServiceCatalogue catalogue;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "plans-tab");
	}

	PatientId aPatient() {
		return patients.anAdultWithDocuments("Планова", "Ирина", "Олеговна");
	}

	@Test
	void aDoctorMakesAPlanPicksAFillingForThirtySixAndSeesTheTotals() throws Exception {
		var patient = aPatient();
		var doctor = onFile.aDoctor("Лечащий");
		var filling = onFile.aFilling();
		var signedIn = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(post("/patients/" + patient + "/plans")).param("title", "Рекомендуемый").param("doctor", doctor.toString())
				.param("firstStage", "Этап 1. Санация").with(csrf()).with(signedIn))
				.andExpect(status().isOk()).andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("data-testid=\"plan-title\""), containsString("Рекомендуемый"),
						containsString("Черновик"), containsString("Этап 1. Санация"), containsString("В этапе пока нет услуг"))));
		var plan = plans.plansOf(patient).get(0);
		var stage = plan.stages().get(0).id();

		mvc.perform(htmx(get("/patients/" + patient + "/plans/services")).param("q", "пломба " + catalogue.find(filling).orElseThrow().code()).param("plan", plan.id().toString())
				.param("stage", stage.toString()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"pick-service-" + filling + "\""),
						containsString("6\u00a0500,00"))));
		mvc.perform(htmx(get("/patients/" + patient + "/plans/" + plan.id() + "/stages/" + stage + "/items/new"))
				.param("service", filling.toString()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"item-tooth\""), containsString("data-testid=\"item-surface-OCCLUSAL\""),
						containsString("Пломба из светоотверждаемого композита"))));
		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan.id() + "/stages/" + stage + "/items"))
				.param("service", filling.toString()).param("tooth", "36").param("surfaces", "OCCLUSAL", "MESIAL")
				.param("quantity", "1").param("discount", "10").param("discountUnit", "PERCENT").param("note", "под анестезией")
				.param("version", String.valueOf(plan.version())).with(csrf()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("MO"), containsString("под анестезией"),
						containsString("650,00"), containsString("data-testid=\"plan-to-pay\">5\u00a0850,00"))));

		var saved = plans.plansOf(patient).get(0);
		assertThat(saved.items()).singleElement().satisfies(item -> {
			assertThat(item.tooth()).isEqualTo(36);
			assertThat(item.discount()).isEqualTo(Money.roubles(650));
		});
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.CHANGE), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(TreatmentPlans.SECTION));
	}

	@Test
	void aServiceForTheWholeMouthAsksForNoTooth() throws Exception {
		var patient = aPatient();
		var plan = onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Гигиенов"), onFile.aFilling());
		var stage = plans.planOf(patient, plan).stages().get(0).id();

		mvc.perform(htmx(get("/patients/" + patient + "/plans/" + plan + "/stages/" + stage + "/items/new"))
				.param("service", onFile.aHygiene().toString()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Профессиональная гигиена полости рта"),
						not(containsString("data-testid=\"item-tooth\"")), not(containsString("item-surface-")))));
	}

	@Test
	void brokenRulesStandBesideTheirFieldsWithTheInputKept() throws Exception {
		var patient = aPatient();
		var filling = onFile.aFilling();
		var plan = onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Ошибкин"), filling);
		var found = plans.planOf(patient, plan);
		var path = "/patients/" + patient + "/plans/" + plan + "/stages/" + found.stages().get(0).id() + "/items";

		mvc.perform(htmx(post(path)).param("service", filling.toString()).param("tooth", "19").param("quantity", "0")
				.param("discount", "120").param("discountUnit", "PERCENT").param("version", String.valueOf(found.version()))
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"item-form\""),
						containsString("Такого зуба нет в формуле FDI"), containsString("value=\"19\""),
						containsString("Количество — целое число от 1 до 99"))));
		mvc.perform(htmx(post(path)).param("service", filling.toString()).param("tooth", "46").param("quantity", "1")
				.param("discount", "7000").param("discountUnit", "AMOUNT").param("version", String.valueOf(found.version()))
				.param("lang", "en").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("The discount is more than the line&#39;s sum"),
						containsString("value=\"7000\""))));
		mvc.perform(htmx(post(path)).param("service", filling.toString()).param("quantity", "1")
				.param("version", String.valueOf(found.version())).with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("Укажите зуб: услуга оказывается на зуб")));

		assertThat(plans.planOf(patient, plan).items()).hasSize(1);
	}

	@Test
	void anEditorWhoSawAnEarlierVersionIsToldAndSeesThePlanAsItNowStands() throws Exception {
		var patient = aPatient();
		var plan = onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Двойнов"), onFile.aFilling());
		var seen = onFile.versionOf(patient, plan);
		plans.addStage(plan, seen, "Этап 2. Протезирование");

		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/items/"
				+ plans.planOf(patient, plan).items().get(0).id() + "/remove")).param("version", String.valueOf(seen))
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("План только что изменил другой сотрудник"),
						containsString("Этап 2. Протезирование"))));
		assertThat(plans.planOf(patient, plan).items()).hasSize(1);
	}

	@Test
	void theDoctorProposesAndTheFrontDeskRecordsTheAnswerButChangesNothingElse() throws Exception {
		var patient = aPatient();
		var plan = onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Предлагаев"), onFile.aFilling());
		var admin = user(staff.signedIn(Role.ADMINISTRATOR));

		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/proposal"))
				.param("version", String.valueOf(onFile.versionOf(patient, plan))).with(csrf()).with(admin))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/proposal"))
				.param("version", String.valueOf(onFile.versionOf(patient, plan))).with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Предложен пациенту"),
						containsString("любое изменение вернёт его в черновик"))));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).with(admin)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"accept-plan\""), containsString("data-testid=\"decline-form\""),
						containsString("data-testid=\"print-plan\""), not(containsString("data-testid=\"new-plan-form\"")),
						not(containsString("data-testid=\"remove-item\"")), not(containsString("data-testid=\"add-item-1\"")))));
		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/declining")).param("reason", " ")
				.param("version", String.valueOf(onFile.versionOf(patient, plan))).with(csrf()).with(admin))
				.andExpect(content().string(containsString("Укажите причину отказа")));
		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/acceptance"))
				.param("version", String.valueOf(onFile.versionOf(patient, plan))).with(csrf()).with(admin))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Согласован"),
						containsString("data-testid=\"book-stage-1\""))));

		assertThat(plans.planOf(patient, plan).status()).isEqualTo(PlanStatus.ACCEPTED);
		assertThat(plans.planOf(patient, plan).last(PlanStatus.ACCEPTED).orElseThrow().byName())
				.isEqualTo(StaffOnDuty.fullNameOf(Role.ADMINISTRATOR));
	}

	@Test
	void aDeclinedPlanShowsItsReasonAndACopyBecomesTheBudgetAlternative() throws Exception {
		var patient = aPatient();
		var plan = onFile.aProposedPlan(patient, onFile.aDoctor("Копиров"), onFile.aFilling());
		plans.decline(plan, onFile.versionOf(patient, plan), "Дорого");

		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/copy")).param("title", "Бюджетный").with(csrf())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"plan-card-Рекомендуемый\""),
						containsString("data-testid=\"plan-card-Бюджетный\""), containsString("Отклонён"))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).param("plan", plan.toString())
				.with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Отказ: Дорого"), not(containsString("data-testid=\"copy-form\"")))));
		assertThat(plans.plansOf(patient)).extracting(found -> found.status()).containsExactlyInAnyOrder(PlanStatus.DECLINED,
				PlanStatus.DRAFT);
	}

	@Test
	void theFrontDeskBooksAnAcceptedStageWithItsServicesButADoctorDoesNot() throws Exception {
		var patient = aPatient();
		var doctor = onFile.aDoctor("Записев");
		var filling = onFile.aFilling();
		onFile.anAcceptedPlan(patient, doctor, filling);

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("/calendar?patient=" + patient + "&amp;doctor=" + doctor
						+ "&amp;services=" + filling)));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(not(containsString("data-testid=\"book-stage-1\""))));
	}

	@Test
	void theAdministratorPrintsThePlanForSigningInRussianWithTheClinicsDetails() throws Exception {
		var patient = aPatient();
		clinic.describe("г. Москва, ул. Тверская, д. 7", ClinicWorkingDay.USUAL, "owner");
		var plan = onFile.aProposedPlan(patient, onFile.aDoctor("Печатников"), onFile.aFilling());

		mvc.perform(get("/patients/" + patient + "/plans/" + plan + "/print").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("План лечения"), containsString(clinic.name()),
						containsString("г. Москва, ул. Тверская, д. 7"), containsString("Планова Ирина Олеговна"),
						containsString("дата рождения 12.03.1984"), containsString("Печатников Андрей Сергеевич"),
						containsString("Этап 1. Санация"), containsString("Пломба из светоотверждаемого композита"),
						containsString("6\u00a0500,00"), containsString("С планом лечения ознакомлен(а), согласен(на)"),
						containsString("Пациент (законный представитель)"), containsString("printout.css"),
						containsString("data-print"))));

		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.EXPORT), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(TreatmentPlans.SECTION));
	}

	@Test
	void thePlansTabIsOnTheCardForEveryoneButTheAccountantAndItsViewIsAudited() throws Exception {
		var patient = aPatient();
		for (var role : new Role[] { Role.OWNER, Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT }) {
			mvc.perform(get("/patients/" + patient + "/plans").with(user(staff.signedIn(role)))).andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString("data-testid=\"tab-plans\""),
							containsString("/patients/" + patient + "/tabs/plans"))));
		}
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Планов лечения пока нет"),
						containsString("data-testid=\"new-plan-form\""))));
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.VIEW), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(TreatmentPlans.SECTION));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ACCOUNTANT")
	void theAccountantSeesNoPlans(Role role) throws Exception {
		var patient = aPatient();
		var plan = onFile.aProposedPlan(patient, onFile.aDoctor("Бухов"), onFile.aFilling());
		var signedIn = user(staff.signedIn(role));

		mvc.perform(get("/patients/" + patient).with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-testid=\"tab-plans\""))));
		mvc.perform(get("/patients/" + patient + "/plans").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/plans")).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(get("/patients/" + patient + "/plans/" + plan + "/print").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/plans/" + plan + "/acceptance")).param("version", "2").with(csrf())
				.with(signedIn)).andExpect(status().isForbidden());
		assertThat(plans.planOf(patient, plan).status()).isEqualTo(PlanStatus.PROPOSED);
	}

	@Test
	void anotherPatientsPlanOrAnUnknownOneIsNotFound() throws Exception {
		var plan = onFile.aDraftWithAFillingOn36(aPatient(), onFile.aDoctor("Чужов"), onFile.aFilling());
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(get("/patients/" + aPatient() + "/plans/" + plan + "/print").with(doctor)).andExpect(status().isNotFound());
		mvc.perform(htmx(post("/patients/" + aPatient() + "/plans/" + plan + "/proposal")).param("version", "1").with(csrf())
				.with(doctor)).andExpect(status().isNotFound());
		mvc.perform(get("/patients/" + aPatient() + "/plans/" + new TreatmentPlanId(UUID.randomUUID()) + "/print").with(doctor))
				.andExpect(status().isNotFound());
	}
}
