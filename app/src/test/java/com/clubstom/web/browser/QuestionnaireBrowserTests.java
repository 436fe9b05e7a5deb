package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;
import com.clubstom.staff.Role;

/** A doctor fills in a patient's medical questionnaire in Chromium; the card warns of what was found. */
class QuestionnaireBrowserTests extends InTheClinic {

	@Autowired PatientRegistry patients;

	@Test
	void aDoctorRecordsAnAllergyToLidocaineAndAnticoagulantsAndTheCardWarnsOfThem() {
		var id = patients.register(new PatientDetails("Воронцов", "Павел", "Андреевич", LocalDate.of(1962, 9, 14), Sex.MALE,
				new PatientContacts("+79857770202", List.of(), null, null, ContactChannel.CALL), ReferralSource.RECOMMENDATION,
				List.of(), null, null, null, null), LocalDate.of(2026, 1, 10), true);
		signInAs(Role.DOCTOR);
		person.visible("[data-testid=dashboard-greeting]");

		// no questionnaire yet: the card says so, the tab offers to fill it in
		person.open("/patients/" + id);
		assertThat(person.visible("[data-testid=patient-alerts]").getText()).contains("Анкета здоровья не заполнена");
		person.visible("[data-testid=tab-questionnaire]").click();
		person.visible("[data-testid=questionnaire-empty]");
		person.screenshot("questionnaire-empty");
		person.visible("[data-testid=fill-questionnaire]").click();

		// the answers: lidocaine with its reaction, a second allergy on a row added by the button, warfarin
		person.visible("[data-testid=questionnaire-dialog]");
		field("allergies[0].substance").sendKeys("Лидокаин");
		field("allergies[0].reaction").sendKeys("отёк Квинке");
		person.visible("[data-testid=add-allergy]").click();
		field("allergies[1].substance").sendKeys("Пенициллин");
		field("allergies[1].reaction").sendKeys("крапивница");
		field("chronicDiseases").sendKeys("Фибрилляция предсердий; гипертоническая болезнь II стадии");
		field("medications").sendKeys("Варфарин 2,5 мг вечером, бисопролол 5 мг утром");
		checkbox("takesAnticoagulants").click();
		field("systolic").sendKeys("150");
		field("diastolic").sendKeys("90");
		checkbox("hypertension").click();
		field("complaints").sendKeys("Боль при накусывании на зуб 46");
		scrollTo("[data-testid=questionnaire-dialog] .modal__body > *:first-child");
		person.screenshot("questionnaire-dialog");
		person.visible("[data-testid=save-questionnaire]").click();

		// the card comes back on the tab, the header warns, the tab shows version 1 with the critical answers on top
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=questionnaire-meta]"),
				"Версия 1"));
		assertThat(person.driver.getCurrentUrl()).endsWith("/patients/" + id + "/questionnaire");
		assertThat(person.visible(".toast").getText()).contains("Анкета здоровья сохранена");
		var alerts = person.visible("[data-testid=patient-alerts]").getText();
		assertThat(alerts).contains("Аллергия: Лидокаин (отёк Квинке)", "Аллергия: Пенициллин (крапивница)",
				"Принимает антикоагулянты").doesNotContain("Анкета здоровья не заполнена");
		assertThat(person.visible("[data-testid=questionnaire-critical]").getText()).contains("Лидокаин (отёк Квинке)");
		assertThat(person.visible("[data-testid=questionnaire-meta]").getText()).contains("Орлов Андрей Сергеевич");
		assertThat(person.visible("[data-testid=questionnaire-answers]").getText()).contains("Варфарин 2,5 мг", "150/90");
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".toast")));
		person.screenshot("questionnaire-tab");
		scrollTo("[data-testid=questionnaire-current]");
		person.screenshot("questionnaire-answers");

		// the pressure measured again: version 2, and the history says what it changed
		person.visible("[data-testid=update-questionnaire]").click();
		assertThat(field("allergies[0].substance").getAttribute("value")).isEqualTo("Лидокаин");
		field("systolic").clear();
		field("systolic").sendKeys("135");
		field("diastolic").clear();
		field("diastolic").sendKeys("85");
		person.visible("[data-testid=save-questionnaire]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=questionnaire-meta]"),
				"Версия 2"));
		person.visible("[data-testid=questionnaire-history] > summary").click();
		person.visible("[data-testid=questionnaire-version-2] > summary").click();
		var diff = person.visible("[data-testid=questionnaire-diff]").getText();
		assertThat(diff).contains("Артериальное давление", "150/90 мм рт. ст.", "135/85 мм рт. ст.");
		scrollTo("[data-testid=questionnaire-history]");
		person.screenshot("questionnaire-history");

		// the same tab on the front desk's 768-px tablet
		person.driver.manage().window().setSize(new Dimension(768, 1024));
		person.driver.navigate().refresh();
		person.visible("[data-testid=questionnaire-answers]");
		person.screenshot("questionnaire-tablet");
		person.visible("[data-testid=update-questionnaire]").click();
		person.visible("[data-testid=questionnaire-dialog]");
		person.screenshot("questionnaire-dialog-tablet");
	}

	private void scrollTo(String css) {
		person.driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", person.visible(css));
	}

	private WebElement field(String name) {
		return person.visible("[name='" + name + "']:not([type=hidden])");
	}

	private WebElement checkbox(String name) {
		return person.visible("input[type=checkbox][name='" + name + "']");
	}
}
