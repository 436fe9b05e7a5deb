package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/** A doctor charts caries on the occlusal surface of 36 with its diagnosis, in a real Chromium. */
class DentalChartBrowserTests extends InTheClinic {

	@Autowired PatientsOnFile patients;

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
}
