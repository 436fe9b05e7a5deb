package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.web.PlansOnFile;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.web.ClinicDay;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.ClinicWorkingDay;
import com.clubstom.staff.Role;

/**
 * A doctor plans a filling on 36 from the chart in a real Chromium and finds it on the Plans tab with its total and the
 * tooth marked on the chart; the front desk records the patient's consent, prints the plan for signing and books the
 * stage with its service already chosen.
 */
class TreatmentPlanBrowserTests extends InTheClinic {

	@Autowired PatientsOnFile patients;
	@Autowired PlansOnFile plans;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Charting charting;
	@Autowired ClinicDay clinic;
	@Autowired ClinicProfile profile;

	/** What a person reads: no-break spaces (thousands, before ₽) read as spaces. */
	String textOf(String css) {
		return person.visible(css).getText().replace('\u00a0', ' ');
	}

	@Test
	void aDoctorPlansAFillingOnThirtySixFromTheChartAndTheFrontDeskPrintsAndBooksIt() {
		var patient = patients.anAdultWithDocuments("Планова", "Ольга", "Андреевна");
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		var doctor = clinic.theSignedInDoctor();
		var filling = plans.aFilling();
		var code = catalogue.find(filling).orElseThrow().code();
		profile.describe("г. Москва, ул. Тверская, д. 7", ClinicWorkingDay.USUAL, "owner");

		// the chart: «Планировать», tick 36, find the filling, keep the occlusal surface, a new plan
		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient + "/chart");
		person.visible("[data-testid=tooth-36] .surface--caries");
		person.visible("[data-testid=plan-mode]").click();
		person.visible("[data-testid=plan-from-chart]");
		person.visible("[data-testid=tooth-36]").click();
		assertThat(person.driver.findElement(By.cssSelector("[data-testid=pick-tooth-36]")).isSelected()).isTrue();
		person.visible("[data-testid=chart-service-search]").sendKeys("пломба " + code);
		person.visible("[data-testid=choose-service-" + filling + "]").click();
		person.driver.findElement(By.xpath("//input[@data-testid='chart-surface-OCCLUSAL']/..")).click();
		assertThat(new Select(person.visible("[data-testid=chart-plan-doctor]")).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo(doctor.toString());
		person.screenshot("treatment-plan-from-chart");
		person.visible("[data-testid=chart-plan-submit]").click();

		// the chart marks 36 as planned, with the service in its tooltip and the legend saying what the mark means
		person.visible("button[data-testid=tooth-36].tooth--planned .tooth__plan");
		assertThat(person.visible(".toast").getText()).contains("Услуги добавлены в план");
		assertThat(person.visible("[data-testid=tooth-36]").getAttribute("title")).contains("В плане: Пломба из светоотверждаемого композита");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=tooth-37].tooth--planned"))).isEmpty();
		assertThat(person.visible(".legend--planned").getText()).isEqualTo("Запланировано");
		person.driver.executeScript("window.scrollTo(0, 0)");
		person.screenshot("treatment-plan-on-the-chart");

		// the Plans tab: the new plan with the filling on 36 and its total
		person.visible("[data-testid=tab-plans]").click();
		person.wait.until(ExpectedConditions.urlContains("/patients/" + patient + "/plans"));
		person.visible("[data-testid=plan]");
		assertThat(textOf("[data-testid=plan-title]")).contains("Рекомендуемый", "Черновик");
		assertThat(textOf("[data-testid=plan-item]")).contains("36", "O", "Пломба из светоотверждаемого композита", "6 500,00 ₽");
		assertThat(textOf("[data-testid=plan-to-pay]")).isEqualTo("6 500,00 ₽");
		person.visible("[data-testid=propose-plan]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=plan-status]"),
				"Предложен пациенту"));
		person.driver.executeScript("document.querySelector('[data-testid=plans-tab]').scrollIntoView()");
		person.screenshot("treatment-plan-tab");
		person.visible("[data-testid=sign-out]").click();

		// the front desk: the patient agrees, the plan is printed for signing
		signInAs(Role.ADMINISTRATOR);
		person.open("/patients/" + patient + "/plans");
		person.visible("[data-testid=accept-plan]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=plan-status]"), "Согласован"));
		var card = person.driver.getWindowHandle();
		person.visible("[data-testid=print-plan]").click();
		person.wait.until(driver -> driver.getWindowHandles().size() == 2);
		person.driver.switchTo().window(person.driver.getWindowHandles().stream().filter(handle -> !handle.equals(card))
				.findFirst().orElseThrow());
		var printout = textOf("[data-testid=printout]");
		assertThat(printout).contains("Стоматология «Жемчуг»", "г. Москва, ул. Тверская, д. 7", "План лечения", "Планова Ольга Андреевна", "12.03.1984",
				"Этап 1. Санация", "Пломба из светоотверждаемого композита", "6 500,00 ₽",
				"С планом лечения ознакомлен(а), согласен(на)", "Пациент (законный представитель)", "Врач");
		person.visible("[data-testid=print-button]");
		person.driver.manage().window().setSize(new Dimension(1000, 1300));
		person.screenshot("treatment-plan-print");
		// on paper (an A4 page is about 794 px wide): no toolbar, the sheet only
		person.driver.manage().window().setSize(new Dimension(794, 1123));
		person.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(person.driver.findElement(By.cssSelector("[data-testid=print-toolbar]")).isDisplayed()).isFalse();
		person.screenshot("treatment-plan-print-media");
		person.driver.close();
		person.driver.switchTo().window(card);
		person.driver.manage().window().setSize(new Dimension(1366, 860));

		// booking the stage: the calendar for the plan's doctor, and the next slot clicked books the filling
		person.visible("[data-testid=book-stage-1]").click();
		person.wait.until(ExpectedConditions.urlContains("/calendar"));
		new CalendarGrid(person).clickAt(doctor.toString(), 10, 0);
		var services = new Select(person.visible("[data-testid=booking-services]"));
		assertThat(services.getAllSelectedOptions()).singleElement()
				.satisfies(option -> assertThat(option.getAttribute("value")).isEqualTo(filling.toString()));
		assertThat(person.visible("[data-testid=booking-dialog]").getText()).contains("Планова Ольга Андреевна");
		assertThat(person.visible("#minutes").getAttribute("placeholder")).isEqualTo("60");
		person.screenshot("treatment-plan-booking");
	}

	@Test
	void aDoctorBuildsARecommendedPlanInTheEditorAndCopiesItAsABudgetAlternative() {
		var patient = patients.anAdultWithDocuments("Редакторова", "Нина", "Павловна");
		clinic.theSignedInDoctor();
		var filling = plans.aFilling();
		var fillingCode = catalogue.find(filling).orElseThrow().code();
		var hygiene = plans.aHygiene();
		var hygieneCode = catalogue.find(hygiene).orElseThrow().code();

		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient + "/plans");
		person.visible("[data-testid=plans-empty]");
		person.visible("[data-testid=new-plan-title]").sendKeys("Рекомендуемый");
		person.visible("[data-testid=create-plan]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=plan-title]"), "Рекомендуемый"));

		// hygiene for the whole mouth: no tooth asked
		person.visible("[data-testid=add-item-1]").click();
		person.visible("[data-testid=service-search]").sendKeys(hygieneCode);
		person.visible("[data-testid=pick-service-" + hygiene + "]").click();
		person.visible("[data-testid=chosen-service]");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=item-tooth]"))).isEmpty();
		person.visible("[data-testid=save-item]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=stage-total]"), "7"));

		// a second stage with a filling on 46 at 10 % off; a wrong tooth first, refused beside the field
		person.visible("[data-testid=stage-title]").sendKeys("Этап 2. Лечение кариеса", Keys.ENTER);
		person.visible("[data-testid=add-item-2]").click();
		person.visible("[data-testid=stage-2] [data-testid=service-search]").sendKeys(fillingCode);
		person.visible("[data-testid=pick-service-" + filling + "]").click();
		person.visible("[data-testid=item-tooth]").sendKeys("49");
		person.visible("[data-testid=item-discount]").sendKeys("10");
		person.visible("[data-testid=save-item]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=item-form]"),
				"Такого зуба нет в формуле FDI"));
		person.screenshot("treatment-plan-item-refused");
		var tooth = person.visible("[data-testid=item-tooth]");
		tooth.clear();
		tooth.sendKeys("46");
		person.driver.findElement(By.xpath("//input[@data-testid='item-surface-DISTAL']/..")).click();
		person.visible("[data-testid=save-item]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=plan-to-pay]"), "13"));
		assertThat(textOf("[data-testid=plan-totals]")).contains("14 000,00 ₽", "650,00 ₽", "13 350,00 ₽");
		assertThat(textOf("[data-testid=stage-2]")).contains("46", "D", "Пломба из светоотверждаемого композита", "5 850,00 ₽");
		person.driver.executeScript("document.querySelectorAll('.toast').forEach(function (toast) { toast.remove(); });"
				+ "document.querySelector('[data-testid=plan]').scrollIntoView(); window.scrollBy(0, -80);");
		person.screenshot("treatment-plan-editor");

		// the budget alternative starts as a copy
		person.visible("[data-testid=open-copy]").click();
		person.visible("[data-testid=copy-title]").sendKeys("Бюджетный");
		person.visible("[data-testid=copy-plan]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=plan-title]"), "Бюджетный"));
		assertThat(person.driver.findElements(By.cssSelector(".plan-card"))).hasSize(3);
		assertThat(textOf("[data-testid=plan-to-pay]")).isEqualTo("13 350,00 ₽");
		person.driver.executeScript("document.querySelectorAll('.toast').forEach(function (toast) { toast.remove(); });"
				+ "window.scrollTo(0, 0);");
		person.screenshot("treatment-plans-side-by-side");
	}
}
