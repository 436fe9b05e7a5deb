package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;
import com.clubstom.staff.Role;

/** The owner's back office in Chromium: a consent recorded on the card, the access log that saw it, and the chairs. */
class OwnerToolsBrowserTests extends InTheClinic {

	@Autowired PatientRegistry patients;

	@Test
	void theOwnerRecordsAConsentThenReadsWhoSawTheCardAndVerifiesTheChain() {
		var id = patients.register(new PatientDetails("Тарасова", "Ирина", "Олеговна", LocalDate.of(1979, 6, 2), Sex.FEMALE,
				new PatientContacts("+79857770101", List.of(), null, null, ContactChannel.SMS), null, List.of(), null, null, null,
				null), null, true);
		signInAs(Role.OWNER);
		person.visible("[data-testid=dashboard-greeting]");

		// no consent on file: the card says so, and the documents tab records the signature
		person.open("/patients/" + id);
		assertThat(person.visible("[data-testid=patient-alerts]").getText()).contains("Нет согласия на обработку");
		person.visible("[data-testid=tab-documents]").click();
		person.visible("[data-testid=consent-missing]");
		person.visible("[data-testid=record-consent]").click();
		assertThat(person.visible("[data-testid=consent-given]").getText()).contains("Согласие получено");
		// (the questionnaire's own reminder stays: nobody has filled it in yet)
		assertThat(person.visible("[data-testid=patient-alerts]").getText()).doesNotContain("Нет согласия на обработку")
				.contains("Анкета здоровья не заполнена");

		// the access log, opened from the card, lists who looked and changed, and the chain holds
		person.visible("[data-testid=patient-audit-link]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=audit-results]"),
				"Тарасова Ирина Олеговна"));
		assertThat(person.visible("[data-testid=audit-results]").getText()).contains("Соколова Елена Викторовна");
		person.visible("[data-testid=audit-verify]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=audit-verification]"),
				"Цепочка не нарушена"));
		person.screenshot("audit");
	}

	@Test
	void theOwnerAddsAChairAfterBeingToldItNeedsAName() {
		signInAs(Role.OWNER);
		person.visible("[data-testid=dashboard-greeting]");
		person.visible("a.nav__link[href='/settings/chairs']").click();
		person.visible("[data-testid=new-chair]").click();
		person.visible("[data-testid=chair-dialog]");
		person.visible("[data-testid=save-chair]").click();
		assertThat(person.visible("[data-error-for=name]").getText()).isNotBlank();

		person.type("name", "Кресло 7 — детское");
		person.type("equipmentNotes", "Установка Sirona, детский наконечник");
		person.visible("[data-testid=save-chair]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=chairs]"),
				"Кресло 7 — детское"));
		person.screenshot("chairs");
	}
}
