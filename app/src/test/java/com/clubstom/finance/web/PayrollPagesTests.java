package com.clubstom.finance.web;

import static com.clubstom.staff.web.StaffOnFile.aUniqueSurname;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.finance.PayrollOnFile;
import com.clubstom.kernel.Money;
import com.clubstom.staff.Role;
import com.clubstom.staff.web.StaffOnFile;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The payroll pages: the month's overview for the owner and the accountant, a statement that a doctor sees for
 * themselves only, and nothing at all for assistants and the front desk.
 */
@ClubStomWebTest
@Import({ StaffOnFile.class, PayrollOnFile.class })
class PayrollPagesTests {

	/** Russian groups thousands with a no-break space and puts one before the sign. */
	private static final String NBSP = "\u00a0";

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PayrollOnFile payroll;

	static String roubles(String amount) {
		return amount.replace(" ", NBSP) + NBSP + "₽";
	}

	@Test
	void aDoctorSeesTheirOwnStatementWithEveryVisitLinkedAndWhatIsStillOwed() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Орлов"));
		var assistant = payroll.anAssistant(aUniqueSurname("Белова"));
		var visit = payroll.aFillingToday(doctor, assistant);
		payroll.paid(doctor, Money.roubles(5_000));

		mvc.perform(get("/finance/payroll/" + doctor.id()).with(user(doctor.signedIn()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Расчётный лист"), containsString(doctor.name()),
						containsString("Оклад за месяц"), containsString(roubles("20 000,00")),
						containsString("Процент от выработки"), containsString(roubles("5 850,00")), containsString("30" + NBSP + "%"),
						containsString(roubles("1 755,00")), containsString("A16.07.002.001"), containsString("зуб 36"),
						containsString("href=\"/patients/" + visit.patientId() + "/visits/" + visit.visitId() + "\""),
						// accrued 21 755 ₽, paid 5 000 ₽, owed 16 755 ₽
						containsString(roubles("21 755,00")), containsString(roubles("5 000,00")), containsString(roubles("16 755,00")),
						containsString("К выплате"), containsString("data-print"),
						not(containsString("data-testid=\"back-to-overview\"")))));
	}

	@Test
	void aDoctorIsRefusedAnotherPersonsStatementAndTheOverview() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Зайцев"));
		var colleague = payroll.aDoctorSigningIn(aUniqueSurname("Волков"));

		mvc.perform(get("/finance/payroll/" + colleague.id()).with(user(doctor.signedIn()))).andExpect(status().isForbidden());
		mvc.perform(get("/finance/payroll").with(user(doctor.signedIn()))).andExpect(status().isForbidden());
	}

	@Test
	void myPayLeadsADoctorToTheirOwnStatementForTheMonth() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Лебедев"));

		mvc.perform(get("/finance/payroll/me").with(user(doctor.signedIn())))
				.andExpect(redirectedUrl("/finance/payroll/" + doctor.id() + "?month=" + payroll.thisMonth()));
		mvc.perform(get("/finance/payroll/me").param("month", "2026-01").with(user(doctor.signedIn())))
				.andExpect(redirectedUrl("/finance/payroll/" + doctor.id() + "?month=2026-01"));
	}

	@Test
	void aDoctorWhoseAccountIsNotLinkedToAStaffRecordIsToldSo() throws Exception {
		mvc.perform(get("/finance/payroll/me").with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(content().string(containsString("не связана с карточкой сотрудника")));
		mvc.perform(get("/finance/payroll/me").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(redirectedUrl("/finance/payroll?month=" + payroll.thisMonth()));
	}

	@Test
	void theAccountantSeesEveryonesPayForTheMonthAndEachStatementWithThePatientsCardInsteadOfTheVisit() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Смирнов"));
		var assistant = payroll.anAssistant(aUniqueSurname("Фролова"));
		var visit = payroll.aFillingToday(doctor, assistant);
		payroll.paid(assistant, Money.roubles(50_000));
		var accountant = user(staff.signedIn(Role.ACCOUNTANT));

		mvc.perform(get("/finance/payroll").with(accountant)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"payroll-overview\""),
						containsString(doctor.name()), containsString(assistant.name()),
						containsString("href=\"/finance/payroll/" + doctor.id() + "?month=" + payroll.thisMonth() + "\""),
						containsString(roubles("21 755,00")),
						// the assistant: 45 000 ₽ and 5 % of 5 850 ₽, paid 50 000 ₽: 4 707,50 ₽ overpaid
						containsString(roubles("45 292,50")), containsString(roubles("-4 707,50")),
						containsString("is-overpaid"))));
		mvc.perform(get("/finance/payroll/" + doctor.id()).with(accountant)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(roubles("1 755,00")),
						containsString("href=\"/patients/" + visit.patientId() + "\""), not(containsString("/visits/")),
						containsString("data-testid=\"back-to-overview\""))));
		mvc.perform(get("/finance/payroll/" + assistant.id()).with(accountant)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Доля ассистента"), containsString(roubles("292,50")),
						containsString("Переплата"), containsString(roubles("-4 707,50")))));
	}

	@Test
	void theOwnerOpensTheVisitsOfAnyStatement() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Козлов"));
		var visit = payroll.aFillingToday(doctor, null);

		mvc.perform(get("/finance/payroll/" + doctor.id()).with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/patients/" + visit.patientId() + "/visits/" + visit.visitId() + "\"")));
	}

	@Test
	void anEarlierMonthIsPickedByItsNumberAndShowsNoVisitsOfThisOne() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Ранний"));
		payroll.aFillingToday(doctor, null);
		var previous = payroll.thisMonth().minusMonths(1);

		mvc.perform(get("/finance/payroll/" + doctor.id()).param("month", previous.toString()).with(user(doctor.signedIn())))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("В этом месяце начислений по визитам нет."),
						not(containsString(roubles("1 755,00"))), containsString("data-testid=\"next-month\""),
						containsString("?month=" + previous.minusMonths(1)))));
		mvc.perform(get("/finance/payroll/" + doctor.id()).param("month", "not-a-month").with(user(doctor.signedIn())))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString(roubles("1 755,00")),
						not(containsString("data-testid=\"next-month\"")))));
	}

	@Test
	void amountsAndLabelsAreShownInEnglishToo() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Попов"));
		payroll.aFillingToday(doctor, null);

		mvc.perform(get("/finance/payroll/" + doctor.id()).param("lang", "en").with(user(doctor.signedIn())))
				.andExpect(content().string(allOf(containsString("Payroll statement"), containsString("Share of production"),
						containsString("1,755.00" + NBSP + "₽"), containsString("21,755.00" + NBSP + "₽"),
						containsString("Monthly salary"), containsString("Owed"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ASSISTANT", "ADMINISTRATOR" })
	void assistantsAndTheFrontDeskSeeNoPayrollAtAll(Role role) throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Чужой"));

		mvc.perform(get("/finance/payroll").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(get("/finance/payroll/me").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(get("/finance/payroll/" + doctor.id()).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(user(staff.signedIn(role))))
				.andExpect(content().string(not(containsString("/finance/payroll"))));
	}

	@Test
	void theNavigationLeadsTheKeepersToTheOverviewAndADoctorToTheirOwnStatement() throws Exception {
		var doctor = payroll.aDoctorSigningIn(aUniqueSurname("Навигатов"));

		mvc.perform(get("/").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("href=\"/finance/payroll\""), containsString("Зарплата"))));
		mvc.perform(get("/").with(user(doctor.signedIn())))
				.andExpect(content().string(allOf(containsString("href=\"/finance/payroll/me\""),
						not(containsString("href=\"/finance/payroll\"")))));
		mvc.perform(get("/finance/payroll/" + doctor.id()).with(user(doctor.signedIn())))
				.andExpect(content().string(containsString("title=\"Зарплата\" aria-current=\"page\"")));
	}

	@Test
	void anUnknownPersonHasNoStatement() throws Exception {
		mvc.perform(get("/finance/payroll/" + UUID.randomUUID()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isNotFound());
	}
}
