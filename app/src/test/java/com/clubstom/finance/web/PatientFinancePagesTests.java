package com.clubstom.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.finance.AccountsOnFile;
import com.clubstom.finance.EntryKind;
import com.clubstom.finance.PatientAccounts;
import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The "Finance" tab and its dialog at the front desk: the debt after a visit, a card payment that settles it with a
 * receipt, refusals beside their fields with the input kept, what the front desk may not do, and the printouts.
 */
@ClubStomWebTest
class PatientFinancePagesTests {

	/** Russian amounts group thousands with a no-break space. */
	private static final String NBSP = "\u00a0";

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired AccountsOnFile accountsOnFile;
	@Autowired PatientAccounts accounts;

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private PatientId aPatientWhoHadAVisit(String lastName) {
		var patient = patients.anAdultWithDocuments(lastName, "Анна", "Ильинична");
		accountsOnFile.aVisitCharged(patient, UUID.randomUUID());
		return patient;
	}

	private MockHttpServletRequestBuilder payment(PatientId patient, String amount, String method) {
		return htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "PAYMENT").param("amount", amount)
				.param("method", method).with(csrf());
	}

	@Test
	void theFrontDeskSeesTheDebtAfterAVisitWithWhatWasCharged() throws Exception {
		var patient = aPatientWhoHadAVisit("Должникова");

		mvc.perform(htmx(get("/patients/{id}/tabs/finance", patient)).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("7" + NBSP + "850,00" + NBSP + "₽"), containsString("Долг пациента"),
						containsString("Восстановление зуба пломбой"), containsString("зуб 36"), containsString("Принять оплату"),
						not(containsString("give-discount")), not(containsString("tax-certificate-form")))));
	}

	@Test
	void aCardPaymentSettlesTheDebtAndOffersTheReceipt() throws Exception {
		var patient = aPatientWhoHadAVisit("Оплатова");

		mvc.perform(htmx(get("/patients/{id}/finance/postings/new", patient)).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"7850.00\"")));
		var done = mvc.perform(payment(patient, "7 850", "CARD").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk()).andExpect(header().string("HX-Trigger-After-Swap", containsString("finance-changed")))
				.andExpect(content().string(allOf(containsString("data-testid=\"posting-done\""), containsString("Долга нет"),
						containsString("Печать квитанции"))))
				.andReturn().getResponse().getContentAsString();

		assertThat(accounts.balanceOf(patient).isSettled()).isTrue();
		var payment = accounts.ledgerOf(patient).lines().get(1).entry();
		assertThat(payment.kind()).isEqualTo(EntryKind.PAYMENT);
		assertThat(payment.by()).isEqualTo(staff.usernameOf(Role.ADMINISTRATOR));
		assertThat(done).contains("/finance/entries/" + payment.id() + "/receipt");
		mvc.perform(get("/patients/{id}/finance/entries/{entry}/receipt", patient, payment.id())
				.with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Квитанция № " + payment.receiptNumber()),
						containsString("7" + NBSP + "850,00" + NBSP + "₽"), containsString("Карта"), containsString("Оплатова Анна Ильинична"),
						containsString(StaffOnDuty.fullNameOf(Role.ADMINISTRATOR)))));
	}

	@Test
	void refusedPaymentsComeBackWithTheReasonBesideTheFieldAndTheInputKept() throws Exception {
		var patient = aPatientWhoHadAVisit("Ошибкина");

		mvc.perform(payment(patient, "сто рублей", "CARD").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-error-for=\"amount\""),
						containsString("Сумма — рубли и копейки"), containsString("value=\"сто рублей\""))));
		mvc.perform(payment(patient, "-100", "").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(allOf(containsString("Сумма должна быть больше нуля"),
						containsString("Выберите способ оплаты"))));
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "PAYMENT").param("amount", "500")
				.param("method", "INSURANCE").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("Укажите страховую компанию")));

		assertThat(accounts.ledgerOf(patient).lines()).hasSize(1);
	}

	@Test
	void theFrontDeskRefundsWithinItsLimitAndLeavesDiscountsToTheBookkeepers() throws Exception {
		var patient = patients.anAdultWithDocuments("Авансова", "Анна", "Ильинична");
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "DEPOSIT").param("amount", "20000")
				.param("method", "CARD").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("Аванс принят")));

		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "REFUND").param("amount", "9000")
				.param("method", "CARD").param("comment", "Лечение перенесено").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("больше лимита администратора")));
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "DISCOUNT").param("amount", "100")
				.param("comment", "Постоянный пациент").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("проводит бухгалтер или владелец")));
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "REFUND").param("amount", "9000")
				.param("method", "CARD").param("comment", "Лечение перенесено").with(csrf())
				.with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("Возврат оформлен")));

		assertThat(accounts.balanceOf(patient).advance()).isEqualTo(Money.of("11000"));
	}

	@Test
	void theAccountantReversesAPaymentRecordedInErrorAndTheTillFollows() throws Exception {
		var patient = aPatientWhoHadAVisit("Сторнова");
		mvc.perform(payment(patient, "7850", "CASH").with(user(staff.signedIn(Role.ADMINISTRATOR))));
		var payment = accounts.ledgerOf(patient).lines().get(1).entry();

		mvc.perform(htmx(get("/patients/{id}/finance/postings/new", patient)).param("kind", "CORRECTION_DEBIT")
				.param("reference", payment.id().toString()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Исправляет операцию № 2 «Оплата»"),
						containsString("value=\"7850.00\""))));
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "CORRECTION_DEBIT")
				.param("amount", "7850.00").param("reference", payment.id().toString()).param("comment", "Оплата прошла дважды")
				.with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("Корректировка проведена")));

		var ledger = accounts.ledgerOf(patient);
		assertThat(ledger.balance().debt()).isEqualTo(Money.of("7850"));
		assertThat(ledger.lines().get(2).entry().reference()).isEqualTo(payment.id());
		mvc.perform(htmx(get("/patients/{id}/tabs/finance", patient)).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("к операции № 2"), containsString("Сторно"))));
		mvc.perform(htmx(post("/patients/{id}/finance/postings", patient)).param("kind", "CORRECTION_DEBIT")
				.param("amount", "10").param("reference", UUID.randomUUID().toString()).param("comment", "Ошибка")
				.with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("не найдена на счёте этого пациента")));
	}

	@Test
	void theStatementAndTheTaxCertificateAddUpThePayments() throws Exception {
		var patient = aPatientWhoHadAVisit("Вычетова");
		mvc.perform(payment(patient, "7850", "CASH").with(user(staff.signedIn(Role.ADMINISTRATOR))));
		var year = accounts.today().getYear();

		mvc.perform(get("/patients/{id}/finance/statement", patient).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Выписка по лицевому счёту"),
						containsString("A16.07.002.001"), containsString("Счёт закрыт"))));
		mvc.perform(get("/patients/{id}/finance/tax-certificate", patient).param("year", String.valueOf(year))
				.with(user(staff.signedIn(Role.ACCOUNTANT)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("КНД 1151156"), containsString("Вычетова Анна Ильинична"),
						containsString("7" + NBSP + "850,00" + NBSP + "₽"), containsString("№ " + year + "-"))));
		mvc.perform(get("/patients/{id}/finance/tax-certificate", patient).param("year", String.valueOf(year - 1))
				.with(user(staff.signedIn(Role.ACCOUNTANT)))).andExpect(status().isOk())
				.andExpect(content().string(containsString("0,00" + NBSP + "₽")));
	}

	@Test
	void theAccountIsReadThroughTheApi() throws Exception {
		var patient = aPatientWhoHadAVisit("Апишная");

		mvc.perform(get("/api/patients/{id}/account", patient)
				.with(httpBasic(staff.usernameOf(Role.ADMINISTRATOR), StaffOnDuty.PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$.balance").value(-7850.00)).andExpect(jsonPath("$.debt").value(7850.00))
				.andExpect(jsonPath("$.advance").value(0)).andExpect(jsonPath("$.currency").value("RUB"));
	}

	@Test
	void theCardShowsTheFinanceTabToThoseWhoTakePaymentsOnly() throws Exception {
		var patient = patients.anAdultWithDocuments("Вкладкина", "Анна", "Ильинична");
		for (var role : Role.values()) {
			var shown = role == Role.OWNER || role == Role.ACCOUNTANT || role == Role.ADMINISTRATOR;
			mvc.perform(get("/patients/{id}", patient).with(user(staff.signedIn(role)))).andExpect(status().isOk())
					.andExpect(content().string(shown ? containsString("/tabs/finance") : not(containsString("/tabs/finance"))));
		}
	}
}
