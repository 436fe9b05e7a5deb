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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.finance.CashCategory;
import com.clubstom.finance.CashDesk;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The cash desk at /finance: the day's figures and operations, a new operation through the dialog with refusals beside
 * the fields, the till that only the owner may overdraw, a correction, the closing, and the day's report as JSON.
 */
@ClubStomWebTest
class CashDeskPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired CashDesk cashDesk;

	private static MockHttpServletRequestBuilder operation(String kind, String category, String amount, String method,
			String comment) {
		return post("/finance/operations").header("HX-Request", "true").param("kind", kind).param("category", category)
				.param("amount", amount).param("method", method).param("comment", comment).with(csrf());
	}

	@Test
	void theAccountantRecordsAPurchaseAndTheDayShowsIt() throws Exception {
		mvc.perform(get("/finance").with(user(staff.signedIn(Role.ACCOUNTANT)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Остаток на начало дня"), containsString("Новая операция"))));
		mvc.perform(get("/finance/operations/new").header("HX-Request", "true").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(content().string(containsString("В кассе наличными")));

		mvc.perform(operation("PURCHASE", "MATERIALS", "1 234,50", "TRANSFER", "Композит Filtek, 4 шприца")
				.with(user(staff.signedIn(Role.ACCOUNTANT)))).andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger-After-Swap", containsString("cash-desk-changed")));

		var day = cashDesk.openDay();
		assertThat(cashDesk.reportFor(day).operations()).anySatisfy(recorded -> {
			assertThat(recorded.category()).isEqualTo(CashCategory.MATERIALS);
			assertThat(recorded.comment()).isEqualTo("Композит Filtek, 4 шприца");
			assertThat(recorded.by()).isEqualTo(staff.usernameOf(Role.ACCOUNTANT));
		});
		mvc.perform(get("/finance").param("day", day.toString()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Композит Filtek, 4 шприца"), containsString("Материалы"),
						containsString("-1\u00a0234,50\u00a0₽"))));
	}

	@Test
	void refusedOperationsComeBackWithTheReasonsBesideTheFields() throws Exception {
		mvc.perform(operation("EXPENSE", "MATERIALS", "0", "CASH", "").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-error-for=\"category\""),
						containsString("Сумма должна быть больше нуля"), containsString("Укажите, за что платёж"))));
		mvc.perform(operation("EXPENSE", "RENT", "-5", "CASH", "Аренда").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("Сумма должна быть больше нуля")));
		mvc.perform(operation("EXPENSE", "RENT", "9 000 000", "CASH", "Аренда за год").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("В кассе недостаточно наличных"),
						containsString("value=\"9 000 000\""))));
	}

	@Test
	void theOwnerMayPayOutMoreCashThanTheTillHolds() throws Exception {
		var before = cashDesk.tillCash();
		mvc.perform(operation("EXPENSE", "EQUIPMENT_SERVICE", "9 000 000", "CASH", "Ремонт установки")
				.with(user(staff.signedIn(Role.OWNER)))).andExpect(header().string("HX-Trigger-After-Swap",
						containsString("cash-desk-changed")));
		assertThat(cashDesk.tillCash()).isEqualTo(before.minus(com.clubstom.kernel.Money.of("9000000")));
		// and puts it back, so that the other tests' till is as it was
		mvc.perform(operation("INCOME", "OTHER_INCOME", "9 000 000", "CASH", "Возврат подотчётных")
				.with(user(staff.signedIn(Role.OWNER))));
	}

	@Test
	void aCorrectionReversesAnOperationAndIsRefusedWithoutAReason() throws Exception {
		mvc.perform(operation("EXPENSE", "MARKETING", "700", "CARD", "Листовки").with(user(staff.signedIn(Role.ACCOUNTANT))));
		var leaflets = cashDesk.reportFor(cashDesk.openDay()).operations().stream()
				.filter(recorded -> "Листовки".equals(recorded.comment())).findFirst().orElseThrow();

		mvc.perform(post("/finance/operations/{id}/correction", leaflets.id()).header("HX-Request", "true").param("reason", " ")
				.with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("Укажите основание")));
		mvc.perform(post("/finance/operations/{id}/correction", leaflets.id()).header("HX-Request", "true")
				.param("reason", "Оплачено дважды").with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(header().string("HX-Trigger-After-Swap", containsString("cash-desk-changed")));

		assertThat(cashDesk.isCorrected(leaflets.id())).isTrue();
		mvc.perform(get("/finance").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Оплачено дважды"), containsString("исправлена"))));
	}

	@Test
	void closingTheDayLocksItAndTheNextOperationsGoToTheNextDay() throws Exception {
		var day = cashDesk.openDay();
		mvc.perform(get("/finance/days/{day}/closing", day).header("HX-Request", "true").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("Остаток на конец дня")));

		mvc.perform(post("/finance/days/{day}/closing", day).with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(redirectedUrl("/finance?day=" + day));

		assertThat(cashDesk.reportFor(day).isClosed()).isTrue();
		assertThat(cashDesk.openDay()).isEqualTo(day.plusDays(1));
		mvc.perform(get("/finance").param("day", day.toString()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("День закрыт"), not(containsString("close-cash-day")),
						not(containsString("new-cash-operation")))));
		mvc.perform(get("/api/cash-desk/days/{day}", day).with(httpBasic(staff.usernameOf(Role.ACCOUNTANT), StaffOnDuty.PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true))
				.andExpect(jsonPath("$.day").value(day.toString()));
	}

	@Test
	void theMostSpecificNavigationEntryIsTheActiveOne() throws Exception {
		mvc.perform(get("/finance").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(containsString("title=\"Касса\" aria-current=\"page\"")));
		mvc.perform(get("/finance/payroll").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("title=\"Зарплата\" aria-current=\"page\""),
						not(containsString("title=\"Касса\" aria-current=\"page\"")))));
	}

	@Test
	void theNavigationOffersTheCashDeskToTheBookkeepersOnly() throws Exception {
		for (var role : Role.values()) {
			var shown = role == Role.OWNER || role == Role.ACCOUNTANT;
			mvc.perform(get("/").with(user(staff.signedIn(role))))
					.andExpect(content().string(shown ? containsString("href=\"/finance\"") : not(containsString("href=\"/finance\""))));
		}
	}
}
