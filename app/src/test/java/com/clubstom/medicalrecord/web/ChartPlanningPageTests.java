package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PlanItem;
import com.clubstom.medicalrecord.PlanStatus;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;
import com.clubstom.web.ClubStomWebTest;

/**
 * Planning on the dental chart: a doctor ticks teeth, picks a service done per tooth and a plan, and gets an item per
 * tooth; the chart marks the teeth with work planned. The owner reads the chart but does not plan on it.
 */
@ClubStomWebTest
class ChartPlanningPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired PlansOnFile onFile;
	@Autowired TreatmentPlans plans;

	PatientId aPatient() {
		return patients.anAdultWithDocuments("Формулова", "Анна", "Петровна");
	}

	@Test
	void inThePlanningModeTheTeethAreTickedForThePlanningForm() throws Exception {
		var patient = aPatient();

		mvc.perform(DentalChartPageTests.htmx(get("/patients/" + patient + "/tabs/chart")).param("mode", "plan")
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"plan-from-chart\""),
						containsString("data-testid=\"pick-tooth-36\""), containsString("form=\"plan-from-chart\""),
						containsString("Отметьте зубы на формуле"), containsString("Новый план «Рекомендуемый»"),
						containsString("legend--planned"), not(containsString("data-testid=\"finding-form\"")))));
	}

	@Test
	void aFillingPlannedOnThirtySixAndFortySixMakesANewPlanAndMarksBothTeeth() throws Exception {
		var patient = aPatient();
		var doctor = onFile.aDoctor("Формулов");
		var filling = onFile.aFilling();

		mvc.perform(DentalChartPageTests.htmx(post("/patients/" + patient + "/chart/planned-work")).param("teeth", "36", "46")
				.param("service", filling.toString()).param("surfaces", "OCCLUSAL").param("target", "new")
				.param("doctor", doctor.toString()).param("dentition", "PERMANENT").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(
						matchesPattern("(?s).*<button type=\"button\" class=\"tooth [^\"]*tooth--planned[^\"]*\"[^>]*data-testid=\"tooth-36\".*"),
						matchesPattern("(?s).*<button type=\"button\" class=\"tooth [^\"]*tooth--planned[^\"]*\"[^>]*data-testid=\"tooth-46\".*"),
						not(matchesPattern("(?s).*class=\"tooth [^\"]*tooth--planned[^\"]*\"[^>]*data-testid=\"tooth-37\".*")),
						containsString("В плане: Пломба из светоотверждаемого композита"), containsString("class=\"tooth__plan\">план"),
						not(containsString("data-testid=\"plan-from-chart\"")))));

		assertThat(plans.plansOf(patient)).singleElement().satisfies(plan -> {
			assertThat(plan.title()).isEqualTo("Рекомендуемый");
			assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
			assertThat(plan.doctor()).isEqualTo(doctor);
			assertThat(plan.items()).extracting(PlanItem::tooth).containsExactly(36, 46);
			assertThat(plan.items()).allSatisfy(item -> assertThat(item.surfaces()).containsExactly(ToothSurface.OCCLUSAL));
			assertThat(plan.totals().toPay()).isEqualTo(Money.roubles(13000));
		});
	}

	@Test
	void aToothAddedToAnExistingDraftGoesIntoTheStageChosen() throws Exception {
		var patient = aPatient();
		var filling = onFile.aFilling();
		var plan = onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Дополнев"), filling);
		var stage = plans.addStage(plan, onFile.versionOf(patient, plan), "Этап 2. Продолжение");

		mvc.perform(DentalChartPageTests.htmx(get("/patients/" + patient + "/tabs/chart")).param("mode", "plan")
				.with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(content().string(containsString("Рекомендуемый — Этап 2. Продолжение")));
		mvc.perform(DentalChartPageTests.htmx(post("/patients/" + patient + "/chart/planned-work")).param("teeth", "37")
				.param("service", filling.toString()).param("target", plan + "/" + stage).with(csrf())
				.with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk());

		var found = plans.planOf(patient, plan);
		assertThat(found.stages().get(1).items()).extracting(PlanItem::tooth).containsExactly(37);
		assertThat(plans.plansOf(patient)).hasSize(1);
	}

	@Test
	void withoutTeethOrWithAServiceForTheWholeMouthNothingIsPlannedAndTheFormSaysWhy() throws Exception {
		var patient = aPatient();
		var hygiene = onFile.aHygiene();

		mvc.perform(DentalChartPageTests.htmx(post("/patients/" + patient + "/chart/planned-work")).param("service", hygiene.toString())
				.param("target", "new").param("note", "оставьте меня").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"plan-from-chart\""),
						containsString("Отметьте на формуле хотя бы один зуб"), containsString("Выберите услугу, которая оказывается на зуб"),
						containsString("value=\"оставьте меня\""))));
		mvc.perform(DentalChartPageTests.htmx(post("/patients/" + patient + "/chart/planned-work")).param("teeth", "36")
				.param("service", onFile.aFilling().toString()).param("target", "new").with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(content().string(allOf(containsString("Выберите врача"), containsString("data-testid=\"pick-tooth-36\" checked"))));

		assertThat(plans.plansOf(patient)).isEmpty();
	}

	@Test
	void theTeethOfADeclinedPlanAreNoLongerMarked() throws Exception {
		var patient = aPatient();
		var plan = onFile.aProposedPlan(patient, onFile.aDoctor("Отказник"), onFile.aFilling());
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(DentalChartPageTests.htmx(get("/patients/" + patient + "/tabs/chart")).with(doctor))
				.andExpect(content().string(containsString("tooth--planned")));
		plans.decline(plan, onFile.versionOf(patient, plan), "Передумал");
		mvc.perform(DentalChartPageTests.htmx(get("/patients/" + patient + "/tabs/chart")).with(doctor))
				.andExpect(content().string(not(containsString("tooth--planned"))));
	}

	@Test
	void theOwnerSeesThePlannedTeethButDoesNotPlan() throws Exception {
		var patient = aPatient();
		onFile.aDraftWithAFillingOn36(patient, onFile.aDoctor("Владельцев"), onFile.aFilling());
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(DentalChartPageTests.htmx(get("/patients/" + patient + "/tabs/chart")).param("mode", "plan").with(owner))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("tooth--planned"), not(containsString("data-testid=\"plan-mode\"")),
						not(containsString("data-testid=\"plan-from-chart\"")))));
		mvc.perform(DentalChartPageTests.htmx(post("/patients/" + patient + "/chart/planned-work")).param("teeth", "36")
				.with(csrf()).with(owner)).andExpect(status().isForbidden());
	}
}
