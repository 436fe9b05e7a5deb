package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/** A doctor charts a patient's teeth in a real Chromium: caries and its diagnosis, the timeline, the dentitions, the mouth. */
class DentalChartBrowserTests extends InTheClinic {

	@Autowired PatientsOnFile patients;
	@Autowired Charting charting;
	@Autowired MongoTemplate mongo;

	@Test
	void aDoctorMarksCariesOnTheOcclusalSurfaceOfThirtySixWithK021AndSeesItOnTheChartAndInItsHistory() {
		var patient = patients.anAdultWithDocuments("Кариесова", "Ольга", "Андреевна");
		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient);
		person.visible("[data-testid=tab-chart]").click();
		person.wait.until(ExpectedConditions.urlContains("/patients/" + patient + "/chart"));

		person.visible("[data-testid=tooth-36]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=tooth-panel-title]"), "Зуб 36"));
		person.screenshot("dental-chart-tooth-panel");
		person.visible("[data-testid=surface-O]").click();
		person.visible("[data-testid=condition-CARIES]").click();
		person.visible("[data-testid=finding-note]").sendKeys("Пигментированная фиссура, зондирование болезненно");
		person.visible("[data-testid=record-finding]").click();

		person.visible("[data-testid=tooth-36] .surface--caries");
		assertThat(person.visible(".toast").getText()).contains("Находка записана");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=tooth-36] .surface--caries"))).hasSize(1);
		assertThat(person.driver.findElement(By.cssSelector("[data-testid=tooth-36] .surface--caries")).getAttribute("data-surface"))
				.isEqualTo("O");

		person.visible("[data-testid=diagnosis-code]").sendKeys("K02.1");
		person.visible("[data-testid=add-diagnosis]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=tooth-36] .tooth__dx"), "K02.1"));

		var toothHistory = person.visible("[data-testid=tooth-history]").getText();
		assertThat(toothHistory).contains("Кариес O", "Пигментированная фиссура", "K02.1", "Кариес дентина",
				StaffOnDuty.fullNameOf(Role.DOCTOR));
		assertThat(person.visible("[data-testid=chart-diagnoses]").getText()).contains("36", "K02.1", "Кариес дентина");
		assertThat(person.visible("[data-testid=chart-history]").getText()).contains("Зуб 36", "Кариес O");
		person.driver.executeScript("window.scrollTo(0, 0)");
		person.screenshot("dental-chart-caries-36");
		person.driver.executeScript("document.querySelector('[data-testid=chart-diagnoses]').scrollIntoView()");
		person.screenshot("dental-chart-diagnoses-and-history");

		// a reload lands on the same tab with the caries still drawn; on a tablet too, where a tap opens a tooth
		person.driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
		person.driver.navigate().refresh();
		person.visible("[data-testid=tooth-36] .surface--caries");
		person.visible("[data-testid=tooth-11]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=tooth-panel-title]"), "Зуб 11"));
		person.visible("[data-testid=tooth-36] .surface--caries");
		person.screenshot("dental-chart-tablet");
	}

	@Test
	void aDoctorScrubsBackToTheCariesBeforeTheFillingSwitchesToTheMixedDentitionAndDiagnosesTheMouth() {
		var patient = patients.anAdultWithDocuments("Пломбова", "Вера", "Игоревна");
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		// the caries was found at the check-up a month ago
		var aMonthAgo = charting.now().minus(Duration.ofDays(30));
		mongo.updateFirst(Query.query(Criteria.where("_id").is(patient.value())),
				new Update().set("findings.$[].recordedAt", aMonthAgo), "dental_charts");
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL), null);
		var then = aMonthAgo.atZone(charting.clinicZone()).toLocalDate();

		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient + "/chart");
		person.visible("[data-testid=tooth-36] .surface--filling");
		assertThat(person.visible("[data-testid=chart-timeline-value]").getText()).isEqualTo("сейчас");

		// one step back on the timeline: the chart as it was that day, read only
		person.visible("#chart-step").sendKeys(Keys.ARROW_LEFT);
		person.visible("[data-testid=chart-past]");
		assertThat(person.visible("[data-testid=chart-timeline-value]").getText())
				.isEqualTo(then.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		person.visible("[data-testid=tooth-36] .surface--caries");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=mouth-diagnosis-form]"))).isEmpty();
		person.screenshot("dental-chart-a-month-ago");

		// back to the chart as it stands, then the mixed dentition shows the primary teeth too
		person.visible("[data-testid=chart-past] a").click();
		person.visible("[data-testid=tooth-36] .surface--filling");
		person.visible("[data-testid=dentition-mixed]").click();
		person.visible("[data-testid=tooth-55]");
		person.visible("[data-testid=tooth-16]");

		// a diagnosis for the whole mouth
		person.visible("[data-testid=mouth-diagnosis-form] input[name=code]").sendKeys("K05.1");
		person.visible("[data-testid=mouth-diagnosis-form] button[type=submit]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=chart-diagnoses]"), "K05.1"));
		assertThat(person.visible("[data-testid=chart-diagnoses]").getText()).contains("Полость рта", "Хронический гингивит");
		person.visible("[data-testid=tooth-55]");
	}
}
