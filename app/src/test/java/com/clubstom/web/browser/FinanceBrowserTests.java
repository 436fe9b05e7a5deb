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

import com.clubstom.finance.CashDesk;
import com.clubstom.finance.EntryKind;
import com.clubstom.finance.PatientAccounts;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.ProcedureRequest;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.web.PlansOnFile;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;

/**
 * Money at the clinic in a real Chromium: the front desk takes a card payment from a patient whose visit was just
 * completed and prints the receipt; the accountant records a purchase at the cash desk and closes the day.
 */
class FinanceBrowserTests extends InTheClinic {

	/** What Chromium reads out of a no-break space. */
	private static final String NBSP = " ";

	@Autowired PatientsOnFile patients;
	@Autowired PlansOnFile plansOnFile;
	@Autowired ClinicalVisits visits;
	@Autowired PatientAccounts accounts;
	@Autowired CashDesk cashDesk;

	/** A filling on 36 at 6 500 ₽ less 10 %, completed: VisitCompleted charges the patient 5 850 ₽. */
	private PatientId aPatientWhoseVisitWasCompleted(String lastName) {
		var patient = patients.anAdultWithDocuments(lastName, "Вера", "Андреевна");
		var visit = visits.openDirectly(patient, plansOnFile.aDoctor("Кассиров"));
		visits.addProcedure(visit.id(), visit.version(), new ProcedureRequest(plansOnFile.aCompositeRestoration(), 36,
				Set.of(ToothSurface.OCCLUSAL), 1, "10 %", null, null));
		visits.complete(visit.id(), visits.find(visit.id()).orElseThrow().version());
		await().atMost(Duration.ofSeconds(10)).until(() -> accounts.balanceOf(patient).owes());
		return patient;
	}

	@Test
	void theFrontDeskTakesACardPaymentForAVisitAndPrintsTheReceipt() {
		var patient = aPatientWhoseVisitWasCompleted("Платёжная");

		signInAs(Role.ADMINISTRATOR);
		person.open("/patients/" + patient);
		person.visible("[data-testid=tab-finance]").click();
		assertThat(person.visible("[data-testid=finance-balance-value]").getText()).isEqualTo("5" + NBSP + "850,00" + NBSP + "₽");
		assertThat(person.visible("[data-testid=finance-balance-label]").getText()).isEqualTo("Долг пациента");
		assertThat(person.visible("[data-testid=finance-ledger]").getText()).contains("Начисление за визит", "зуб 36");
		person.screenshot("finance-debt");

		person.visible("[data-testid=take-payment]").click();
		person.visible("[data-testid=posting-dialog]");
		assertThat(person.visible("#posting-dialog [data-field=amount]").getAttribute("value")).isEqualTo("5850.00");
		new Select(person.visible("[data-testid=posting-method]")).selectByValue("CARD");
		person.screenshot("finance-payment-dialog");
		person.visible("[data-testid=save-posting]").click();

		assertThat(person.visible("[data-testid=posting-done-balance]").getText()).isEqualTo("Долга нет");
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=finance-balance-label]"), "Счёт закрыт"));
		assertThat(person.visible("[data-testid=finance-balance-value]").getText()).isEqualTo("0,00" + NBSP + "₽");
		person.screenshot("finance-paid");
		var payment = accounts.ledgerOf(patient).lines().get(1).entry();
		assertThat(payment.kind()).isEqualTo(EntryKind.PAYMENT);

		var card = person.driver.getWindowHandle();
		person.visible("[data-testid=print-receipt]").click();
		switchToTheNewTab(card);
		var receipt = person.visible("[data-testid=receipt]").getText();
		assertThat(receipt).contains("Квитанция № " + payment.receiptNumber(), "Платёжная Вера Андреевна", "Карта",
				"5" + NBSP + "850,00" + NBSP + "₽");
		person.screenshot("finance-receipt");
		person.driver.close();
		person.driver.switchTo().window(card);

		// the next stage is paid in advance: the dialog switched from payment to advance, then part of it handed back
		person.visible("[data-testid=posting-done] [data-close-dialog]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=posting-done]")));
		person.visible("[data-testid=take-payment]").click();
		person.visible("[data-testid=posting-dialog]");
		person.driver.findElement(By.cssSelector("[data-testid=posting-kind-DEPOSIT]")).findElement(By.xpath("..")).click();
		person.visible("#posting-dialog [data-field=amount]").sendKeys("10000");
		new Select(person.visible("[data-testid=posting-method]")).selectByValue("CASH");
		person.visible("[data-testid=save-posting]").click();
		assertThat(person.visible("[data-testid=posting-done-balance]").getText()).isEqualTo("Аванс на счёте: 10 000,00 ₽");
		person.visible("[data-testid=posting-done] [data-close-dialog]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=posting-done]")));

		person.visible("[data-testid=give-refund]").click();
		person.visible("#posting-dialog [data-field=amount]").sendKeys("6000");
		new Select(person.visible("[data-testid=posting-method]")).selectByValue("CASH");
		person.visible("#posting-dialog [data-field=comment]").sendKeys("Этап перенесён");
		person.visible("[data-testid=save-posting]").click();
		assertThat(person.visible("#posting-dialog [data-error-for=amount]").getText())
				.contains("больше лимита администратора");
		var refund = person.visible("#posting-dialog [data-field=amount]");
		refund.clear();
		refund.sendKeys("4000");
		person.visible("[data-testid=save-posting]").click();
		assertThat(person.visible("[data-testid=posting-done-balance]").getText()).isEqualTo("Аванс на счёте: 6 000,00 ₽");
		person.visible("[data-testid=posting-done] [data-close-dialog]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=finance-balance-label]"), "Аванс на счёте"));
		assertThat(person.visible("[data-testid=finance-balance-value]").getText()).isEqualTo("6" + NBSP + "000,00" + NBSP + "₽");
		assertThat(accounts.balanceOf(patient).advance()).isEqualTo(com.clubstom.kernel.Money.of("6000"));
		person.screenshot("finance-advance");
	}

	@Test
	void theAccountantDiscountsAChargeFromItsRowAndPrintsTheStatementAndTheTaxCertificate() {
		var patient = aPatientWhoseVisitWasCompleted("Вычетная");

		signInAs(Role.ACCOUNTANT);
		person.open("/patients/" + patient + "/finance");
		person.visible("[data-testid=discount-1]").click();
		assertThat(person.visible("[data-testid=posting-reference]").getText()).contains("Исправляет операцию № 1");
		var amount = person.visible("#posting-dialog [data-field=amount]");
		assertThat(amount.getAttribute("value")).isEqualTo("5850.00");
		amount.clear();
		amount.sendKeys("585");
		person.visible("#posting-dialog [data-field=comment]").sendKeys("Постоянному пациенту 10 %");
		person.screenshot("finance-discount-dialog");
		person.visible("[data-testid=save-posting]").click();
		assertThat(person.visible("[data-testid=posting-done-balance]").getText()).isEqualTo("Долг пациента: 5 265,00 ₽");
		person.visible("[data-testid=posting-done] [data-close-dialog]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=finance-ledger]"),
				"к операции № 1"));

		person.visible("[data-testid=take-payment]").click();
		new Select(person.visible("[data-testid=posting-method]")).selectByValue("CASH");
		person.visible("[data-testid=save-posting]").click();
		assertThat(person.visible("[data-testid=posting-done-balance]").getText()).isEqualTo("Долга нет");
		person.visible("[data-testid=posting-done] [data-close-dialog]").click();

		var card = person.driver.getWindowHandle();
		person.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=print-statement]"))).click();
		switchToTheNewTab(card);
		assertThat(person.visible("[data-testid=statement]").getText()).contains("Выписка по лицевому счёту", "Вычетная Вера Андреевна",
				"Скидка", "Постоянному пациенту 10 %", "Счёт закрыт, долга нет");
		person.screenshot("finance-statement");
		person.driver.close();
		person.driver.switchTo().window(card);

		new Select(person.visible("#certificate-year")).selectByValue(String.valueOf(accounts.today().getYear()));
		person.visible("[data-testid=print-tax-certificate]").click();
		switchToTheNewTab(card);
		var certificate = person.visible("[data-testid=tax-certificate]").getText();
		assertThat(certificate).contains("Справка об оплате медицинских услуг", "КНД 1151156", "Вычетная Вера Андреевна",
				"5 265,00 ₽");
		person.screenshot("finance-tax-certificate");
	}

	private void switchToTheNewTab(String card) {
		person.wait.until(driver -> driver.getWindowHandles().size() == 2);
		person.driver.getWindowHandles().stream().filter(handle -> !handle.equals(card)).findFirst()
				.ifPresent(opened -> person.driver.switchTo().window(opened));
	}

	@Test
	void theAccountantRecordsAPurchaseAndClosesTheDay() {
		signInAs(Role.ACCOUNTANT);
		person.open("/finance");
		var day = cashDesk.openDay();
		person.visible("[data-testid=new-cash-operation]").click();
		person.visible("[data-testid=cash-dialog]");
		new Select(person.visible("#cash-dialog [data-field=kind]")).selectByValue("PURCHASE");
		new Select(person.visible("#cash-dialog [data-field=category]")).selectByValue("MATERIALS");
		new Select(person.visible("#cash-dialog [data-field=method]")).selectByValue("TRANSFER");
		person.visible("#cash-dialog [data-field=amount]").sendKeys("0");
		person.visible("#cash-dialog [data-field=comment]").sendKeys("Слепочная масса, 2 упаковки");
		person.visible("[data-testid=save-cash-operation]").click();
		assertThat(person.visible("#cash-dialog [data-error-for=amount]").getText()).isEqualTo("Сумма должна быть больше нуля");
		var amount = person.visible("#cash-dialog [data-field=amount]");
		amount.clear();
		amount.sendKeys("4 320");
		person.visible("[data-testid=save-cash-operation]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=cash-dialog]")));
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cash-operations]"),
				"Слепочная масса, 2 упаковки"));
		assertThat(person.visible("[data-testid=cash-by-category]").getText()).contains("Материалы");
		person.screenshot("cash-desk");

		// recorded twice by mistake: a second one, corrected (refused without a reason first)
		person.visible("[data-testid=new-cash-operation]").click();
		new Select(person.visible("#cash-dialog [data-field=kind]")).selectByValue("PURCHASE");
		new Select(person.visible("#cash-dialog [data-field=category]")).selectByValue("MATERIALS");
		new Select(person.visible("#cash-dialog [data-field=method]")).selectByValue("TRANSFER");
		person.visible("#cash-dialog [data-field=amount]").sendKeys("4 320");
		person.visible("#cash-dialog [data-field=comment]").sendKeys("Слепочная масса, повтор");
		person.visible("[data-testid=save-cash-operation]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=cash-dialog]")));
		var repeated = cashDesk.reportFor(day).operations().stream()
				.filter(operation -> "Слепочная масса, повтор".equals(operation.comment())).findFirst().orElseThrow();
		person.visible("[data-testid=correct-" + repeated.number() + "]").click();
		person.visible("[data-testid=cash-correction]");
		person.visible("[data-testid=save-cash-correction]").click();
		assertThat(person.visible("#cash-dialog [data-error-for=reason]").getText()).isEqualTo("Укажите основание");
		person.visible("#cash-dialog [data-field=reason]").sendKeys("Внесено дважды");
		person.screenshot("cash-desk-correction");
		person.visible("[data-testid=save-cash-correction]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cash-operations]"),
				"Внесено дважды"));
		assertThat(cashDesk.isCorrected(repeated.id())).isTrue();
		assertThat(person.visible("[data-testid=cash-operations]").getText()).contains("исправлена");

		person.visible("[data-testid=close-cash-day]").click();
		person.visible("[data-testid=cash-closing]");
		person.screenshot("cash-desk-closing");
		person.visible("[data-testid=confirm-close-cash-day]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cash-day-status]"),
				"День закрыт"));
		assertThat(cashDesk.reportFor(day).isClosed()).isTrue();
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=new-cash-operation]"))).isEmpty();
	}
}
