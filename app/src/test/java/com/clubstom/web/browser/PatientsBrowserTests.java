package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/** The front desk registers, finds and edits a patient in a real Chromium; a doctor sees the card without documents. */
class PatientsBrowserTests extends InTheClinic {



	@Test
	void anAdministratorRegistersFindsAndEditsAPatientAndADoctorCannotSeeHerDocuments() {
		person.open("/login");
		person.signIn(staff.usernameOf(Role.ADMINISTRATOR), StaffOnDuty.PASSWORD);
		person.visible("a.nav__link[href='/patients']").click();
		person.visible("[data-testid=new-patient]").click();

		// first attempt: the phone is mistyped
		person.type("lastName", "Королёва");
		person.type("firstName", "Алёна");
		person.type("middleName", "Петровна");
		person.type("birthDate", "15.04.1990");
		new Select(person.driver.findElement(By.id("sex"))).selectByValue("FEMALE");
		person.type("phone", "8 977 12-34");
		person.type("address", "г. Москва, ул. Лесная, д. 5, кв. 12");
		person.visible("[data-testid=save-patient]").click();
		assertThat(person.visible("[data-error-for=phone]").getText()).contains("Не похоже на номер телефона");
		assertThat(person.driver.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Королёва");
		person.screenshot("patient-dialog-errors");

		// fixed: saved, and the new card opens
		person.type("phone", "8 (977) 555-12-34");
		person.visible("[data-testid=save-patient]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=patient-name]"),
				"Королёва Алёна Петровна"));
		assertThat(person.visible(".toast").getText()).contains("Пациент зарегистрирован");
		var card = person.driver.getCurrentUrl();

		// found by phone digits, and by a lower-case fragment typed with е for ё
		person.visible("a.nav__link[href='/patients']").click();
		search("555 12");
		search("королева ален");
		person.screenshot("patients-registry");
		person.driver.findElement(By.cssSelector("[data-testid=patient-row] a")).click();

		// edited in the dialog; the card shows the change
		person.wait.until(ExpectedConditions.urlToBe(card));
		person.visible("[data-testid=profile-tab]");
		person.visible("[data-testid=edit-patient]").click();
		person.type("address", "г. Москва, Тверская ул., д. 1");
		person.visible("[data-testid=save-patient]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=profile-address]"),
				"Тверская ул., д. 1"));
		assertThat(person.visible(".toast").getText()).contains("Изменения сохранены");
		person.screenshot("patient-card");
		person.visible("[data-testid=tab-documents]").click();
		person.visible("[data-testid=consent-card]");
		assertThat(person.driver.getCurrentUrl()).isEqualTo(card + "/documents");
		person.screenshot("patient-card-documents");

		// a doctor opens the same card: no documents tab, and its address is refused
		person.driver.findElement(By.cssSelector("[data-testid=sign-out]")).click();
		person.visible("[data-testid=login-logout]");
		person.signIn(staff.usernameOf(Role.DOCTOR), StaffOnDuty.PASSWORD);
		person.visible("[data-testid=dashboard-greeting]");
		person.driver.get(card);
		person.visible("[data-testid=profile-tab]");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=tab-documents]"))).isEmpty();
		person.driver.get(card + "/documents");
		assertThat(person.visible(".error-page h1").getText()).isEqualTo("Нет доступа");
	}

	/**
	 * Types into the live search and waits for the debounced results to list the patient. A query that matches nobody
	 * comes first, so the list seen afterwards is the answer to {@code text}, not what was there before.
	 */
	private void search(String text) {
		person.type("q", "щщщщ");
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=match-count]"),
				"Найдено пациентов: 0"));
		person.type("q", text);
		// exactly one: "Найдено пациентов: 10" also contains "…: 1", and other flows of this clinic add patients
		person.wait.until(driver -> driver.findElement(By.cssSelector("[data-testid=match-count]")).getText()
				.matches("Найдено пациентов: 1(\\D.*)?"));
		assertThat(person.visible("[data-testid=patient-results]").getText()).contains("Королёва Алёна Петровна");
		assertThat(person.driver.getCurrentUrl()).contains("q=");
	}
}
