package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.clubstom.finance.PayrollOnFile;
import com.clubstom.kernel.Money;
import com.clubstom.staff.Role;
import com.clubstom.staff.web.StaffOnFile;
import com.clubstom.web.StaffOnDuty;

/** Payroll in Chromium: a doctor opens their own statement from the navigation; the accountant reads the month. */
@Import({ StaffOnFile.class, PayrollOnFile.class })
class PayrollBrowserTests extends InTheClinic {

	@Autowired PayrollOnFile payroll;

	@Test
	void aDoctorOpensTheirStatementFromTheNavigationAndTheAccountantSeesTheMonth() {
		var doctor = payroll.aDoctorSigningIn(StaffOnFile.aUniqueSurname("Орлов"));
		var assistant = payroll.anAssistant(StaffOnFile.aUniqueSurname("Белова"));
		var filling = payroll.aFillingToday(doctor, assistant);
		payroll.aCheckUpToday(doctor);
		payroll.aFillingToday(doctor, assistant);
		payroll.firstProcedureWithdrawn(filling, "Пломба записана не тому пациенту");
		payroll.paid(doctor, Money.roubles(10_000));

		person.open("/login");
		person.signIn(doctor.signedIn().getUsername(), StaffOnDuty.PASSWORD);
		person.visible("[data-testid=dashboard-greeting]");
		person.visible("a.nav__link[href='/finance/payroll/me']").click();
		assertThat(person.visible("[data-testid=statement-person]").getText()).isEqualTo(doctor.name());
		// 20 000 ₽ + 30 % of (5 850 + 2 000 + 1 200 + 5 850 − 5 850) ₽ = 22 715 ₽, of which 10 000 ₽ paid
		// (the browser reads the no-break spaces as plain ones)
		assertThat(person.visible("[data-testid=statement-owed]").getText().replace('\u00a0', ' ')).contains("12 715,00 ₽");
		assertThat(person.visible("[data-testid=statement-accruals]").getText()).contains("сторно");
		// the whole statement in one picture: salary, the visits' lines with the correction, the payouts
		person.driver.manage().window().setSize(new Dimension(1366, 1500));
		person.visible("[data-testid=payout]");
		person.screenshot("payroll-statement");
		person.driver.manage().window().setSize(new Dimension(1366, 860));

		person.visible("[data-testid=sign-out]").click();
		signInAs(Role.ACCOUNTANT);
		person.visible("a.nav__link[href='/finance/payroll']").click();
		assertThat(person.visible("[data-testid=payroll-overview]").getText()).contains(doctor.name(), assistant.name());
		person.screenshot("payroll-overview");
	}
}
