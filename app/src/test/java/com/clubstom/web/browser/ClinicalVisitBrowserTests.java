package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.PlanStatus;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.medicalrecord.VisitStatus;
import com.clubstom.medicalrecord.web.PlansOnFile;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.scheduling.web.ClinicDay;
import com.clubstom.staff.Role;

/**
 * The flow in a real Chromium: a doctor plans a filling on 36 from the chart; the patient comes to the appointment,
 * the doctor starts the visit from the calendar, records the planned filling in one click, writes the notes from the
 * clinic's templates and completes the visit; the chart shows the filling, the plan is done and the appointment completed.
 */
class ClinicalVisitBrowserTests extends InTheClinic {

	@Autowired PatientsOnFile patients;
	@Autowired PlansOnFile plansOnFile;
	@Autowired TreatmentPlans plans;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Charting charting;
	@Autowired ClinicDay clinic;
	@Autowired Scheduling scheduling;
	@Autowired ClinicalVisits visits;

	@Test
	void aPlannedFillingOnThirtySixIsDoneAtTheVisitAndTheChartPlanAndAppointmentFollow() {
		var patient = patients.anAdultWithDocuments("Визитова", "Анна", "Сергеевна");
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		var doctor = clinic.theSignedInDoctor();
		var filling = plansOnFile.aCompositeRestoration();
		var code = catalogue.find(filling).orElseThrow().code();
		var day = clinic.nextWeek().plusDays(9);
		var appointment = clinic.book(patient, doctor, clinic.aChair(), clinic.aService("Лечение кариеса", 60), day.atTime(11, 0));

		// the doctor plans the filling on 36 from the chart
		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient + "/chart");
		person.visible("[data-testid=plan-mode]").click();
		person.visible("[data-testid=plan-from-chart]");
		person.visible("[data-testid=tooth-36]").click();
		person.wait.until(driver -> driver.findElement(By.cssSelector("[data-testid=pick-tooth-36]")).isSelected());
		person.visible("[data-testid=chart-service-search]").sendKeys("пломбой " + code);
		person.visible("[data-testid=choose-service-" + filling + "]").click();
		person.driver.findElement(By.xpath("//input[@data-testid='chart-surface-OCCLUSAL']/..")).click();
		person.visible("[data-testid=chart-plan-submit]").click();
		person.visible("button[data-testid=tooth-36].tooth--planned");
		// the patient agrees to it (the front desk's part is another test's), and comes on the day
		var plan = plans.plansOf(patient).get(0);
		plans.propose(plan.id(), plan.version());
		plans.accept(plan.id(), plans.plansOf(patient).get(0).version());
		scheduling.changeStatus(appointment, 0, AppointmentStatus.ARRIVED, null);

		// the calendar: the appointment's details offer to start the visit
		person.open("/calendar?date=" + day + "&view=day&by=doctor&doctor=" + doctor);
		var card = person.visible(".appointment[data-appointment='" + appointment + "']");
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
		card.click();
		person.visible("[data-testid=start-visit]");
		person.screenshot("visit-start-from-calendar");
		person.visible("[data-testid=start-visit]").click();
		person.wait.until(ExpectedConditions.urlContains("/patients/" + patient + "/visits/"));
		assertThat(person.visible("[data-testid=visit-status]").getText()).isEqualTo("Идёт приём");

		// the planned filling in one click, at the plan's price
		person.visible("[data-testid=record-planned-36]").click();
		// located afresh on every poll: the visit is swapped whole by htmx
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".procedure-table"), "36 O"));
		assertThat(person.visible("[data-testid=visit-procedures]").getText().replace('\u00a0', ' ')).contains("Восстановление зуба пломбой", "по плану",
				"6 500,00");

		// notes from the clinic's templates
		new Select(person.visible("[data-testid=template-complaints]")).selectByVisibleText("Кариес");
		new Select(person.visible("[data-testid=template-objective]")).selectByVisibleText("Кариес дентина");
		new Select(person.visible("[data-testid=template-treatment]")).selectByVisibleText("Лечение кариеса (композит)");
		assertThat(person.visible("[data-testid=notes-input-complaints]").getAttribute("value"))
				.startsWith("Жалобы на кратковременную боль от холодного");
		person.visible("[data-testid=save-notes]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "Записи сохранены"));
		person.screenshot("visit-open");

		// completed: signed off, read-only, offered for amendment only
		person.visible("[data-testid=complete-visit]").click();
		person.wait.until(ExpectedConditions.alertIsPresent()).accept();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=visit-status]"), "Завершён"));
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=complete-visit]"))).isEmpty();
		person.visible("[data-testid=visit-amend]");
		person.driver.executeScript("window.scrollTo(0, 0)");
		person.screenshot("visit-completed");

		// the chart shows the filling on 36, no longer planned
		person.open("/patients/" + patient + "/chart");
		person.visible("[data-testid=tooth-36] .surface--filling");
		assertThat(person.driver.findElements(By.cssSelector("button[data-testid=tooth-36].tooth--planned"))).isEmpty();
		person.screenshot("visit-chart-after");

		// the appointment is completed and the plan done, by the events of the completed visit
		await().atMost(Duration.ofSeconds(10))
				.until(() -> scheduling.find(appointment).orElseThrow().status() == AppointmentStatus.COMPLETED);
		await().atMost(Duration.ofSeconds(10)).until(() -> plans.plansOf(patient).get(0).status() == PlanStatus.COMPLETED);
		assertThat(visits.ofAppointment(appointment.value()).orElseThrow().status()).isEqualTo(VisitStatus.COMPLETED);
	}

	@Test
	void aDoctorWritesATemplateUsesItAtADirectVisitWithADiagnosisAndCorrectsTheCompletedVisitByAmendment() {
		var patient = patients.anAdultWithDocuments("Поправкина", "Нина", "Олеговна");
		clinic.theSignedInDoctor();
		var hygiene = plansOnFile.aService("Профессиональная гигиена (визит)", false, "7500");
		var hygieneName = catalogue.find(hygiene).orElseThrow().name();

		// the clinic's wording: a new template for the examination
		signInAs(Role.DOCTOR);
		person.visible("a[href='/visits/templates']").click();
		person.visible("[data-testid=note-template-title]").sendKeys("Зубной камень");
		new Select(person.visible("[data-testid=note-template-section]")).selectByValue("OBJECTIVE");
		person.visible("[data-testid=note-template-text]").sendKeys("Над- и поддесневые зубные отложения в области всех групп зубов.");
		person.visible("[data-testid=save-note-template]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-templates"), "Зубной камень"));
		person.screenshot("note-templates");

		// a visit without an appointment, from the card's Visits tab
		person.open("/patients/" + patient + "/visits");
		person.visible("[data-testid=open-visit]").click();
		person.wait.until(ExpectedConditions.urlContains("/patients/" + patient + "/visits/"));
		new Select(person.visible("[data-testid=procedure-service]")).selectByValue(hygiene.toString());
		person.visible("[data-testid=add-procedure]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".procedure-table"), hygieneName));
		person.visible("[data-testid=visit-diagnosis-code]").sendKeys("K03.6");
		person.visible("[data-testid=add-visit-diagnosis]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=visit-diagnoses]"), "K03.6"));
		new Select(person.visible("[data-testid=template-objective]")).selectByVisibleText("Зубной камень");
		person.visible("[data-testid=save-notes]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "Записи сохранены"));
		person.visible("[data-testid=complete-visit]").click();
		person.wait.until(ExpectedConditions.alertIsPresent()).accept();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=visit-status]"), "Завершён"));
		assertThat(person.visible("[data-testid=visit-notes]").getText()).contains("Над- и поддесневые зубные отложения");

		// the amendment: without a reason it is refused beside the field, with one it is listed and the line struck through
		person.visible("[data-testid=visit-amend] summary").click();
		person.driver.findElement(By.cssSelector("[data-testid=visit-amend-form] input[name=withdrawn]")).click();
		person.visible("[data-testid=amend-visit]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=visit-amend-form]"),
				"Укажите причину исправления"));
		person.visible("[data-testid=amend-reason]").sendKeys("Гигиена перенесена на следующий визит");
		person.visible("[data-testid=amend-visit]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=visit-amendments]"),
				"Гигиена перенесена на следующий визит"));
		person.visible("tr.is-withdrawn");
		assertThat(person.visible("[data-testid=visit-total]").getText()).startsWith("0,00");
		person.driver.executeScript("document.querySelector('[data-testid=visit-amendments]').scrollIntoView()");
		person.screenshot("visit-amended");
	}
}
