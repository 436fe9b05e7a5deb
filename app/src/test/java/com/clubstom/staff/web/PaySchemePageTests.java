package com.clubstom.staff.web;

import static com.clubstom.staff.web.StaffCatalogueTests.htmx;
import static com.clubstom.staff.web.StaffOnFile.aUniqueSurname;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Accounts;
import com.clubstom.kernel.Money;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.Role;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * A staff member's pay scheme: a fragment of the profile for the owner, the accountant and the person themselves; the
 * dialog and every change for the owner and the accountant only.
 */
@ClubStomWebTest
@Import(StaffOnFile.class)
class PaySchemePageTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	/** Russian groups thousands with a no-break space and puts one before the sign. */
	private static final String NBSP = "\u00a0";

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffOnFile people;
	@Autowired PaySchemes pay;
	@Autowired Accounts accounts;
	@Autowired UserDetailsService users;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OWNER", "ACCOUNTANT" })
	void theOwnerAndTheAccountantSeeTodaysTermsAndTheHistoryInRoubles(Role role) throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Ким"));
		var today = pay.today();
		var thisMonth = today.withDayOfMonth(1);
		var nextMonth = today.with(TemporalAdjusters.firstDayOfNextMonth());
		pay.setTerms(doctor, thisMonth, PayTerms.none().withSalary(Money.of("12500")).withProductionShare(Percent.of("27.5"),
				ProductionBase.AFTER_DISCOUNT).withServiceRate("A16.07.002", Money.of("1500")), 0);
		pay.setTerms(doctor, nextMonth, PayTerms.none().withProductionShare(Percent.of("30"), ProductionBase.BEFORE_DISCOUNT), 1);

		mvc.perform(htmx(get("/staff/" + doctor + "/pay"), "staff-pay").with(user(staff.signedIn(role))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"staff-pay\""), not(containsString("<html")),
						containsString("12" + NBSP + "500,00" + NBSP + "₽"), containsString("27,5" + NBSP + "% от цены после скидки"),
						containsString("A16.07.002 — 1" + NBSP + "500,00" + NBSP + "₽"), containsString(thisMonth.format(SHOWN)),
						containsString(nextMonth.format(SHOWN)), containsString("30" + NBSP + "% от цены до скидки"),
						containsString("с будущей даты"), containsString("data-testid=\"edit-pay\""),
						containsString("hx-get=\"/staff/" + doctor + "/pay/edit\""), containsString("hx-target=\"#modal-root\""))));
		mvc.perform(get("/staff/" + doctor).with(user(staff.signedIn(role))))
				.andExpect(content().string(containsString("hx-get=\"/staff/" + doctor + "/pay\"")));
	}

	@Test
	void amountsAreShownInEnglishToo() throws Exception {
		var assistant = people.anAssistant(aUniqueSurname("Белова"));
		pay.setTerms(assistant, pay.today().withDayOfMonth(1),
				PayTerms.none().withSalary(Money.of("45000.5")).withAssistantShare(Percent.of("5")), 0);

		mvc.perform(htmx(get("/staff/" + assistant + "/pay"), "staff-pay").param("lang", "en")
				.with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("45,000.50" + NBSP + "₽"),
						containsString("5" + NBSP + "% of the doctor&#39;s production"), containsString("Assistant&#39;s share"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ASSISTANT", "DOCTOR" })
	void othersNeitherSeeNorReachSomeoneElsesPay(Role role) throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Попов"));
		pay.setTerms(doctor, pay.today().withDayOfMonth(1), PayTerms.none().withSalary(Money.roubles(99_000)), 0);

		mvc.perform(htmx(get("/staff/" + doctor + "/pay"), "staff-pay").with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(get("/staff/" + doctor + "/pay/edit"), "modal-root").with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("effectiveFrom", pay.today().toString())
				.param("salary", "1").param("version", "1").with(csrf()).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/staff/" + doctor).with(user(staff.signedIn(role)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("/staff/" + doctor + "/pay")),
						not(containsString("id=\"staff-pay\"")))));
		assertThat(pay.history(doctor)).hasSize(1);
	}

	@Test
	void aDoctorSeesTheirOwnPayButCannotChangeIt() throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Орлов"));
		var username = "dr-" + UUID.randomUUID().toString().substring(0, 8);
		var account = accounts.openAccount(username, "Орлов Андрей Сергеевич", StaffOnDuty.PASSWORD, Set.of(Role.DOCTOR));
		people.directory().linkAccount(doctor, account);
		pay.setTerms(doctor, pay.today().withDayOfMonth(1), PayTerms.none().withProductionShare(Percent.of("33"),
				ProductionBase.AFTER_DISCOUNT), 0);
		UserDetails self = users.loadUserByUsername(username);

		mvc.perform(htmx(get("/staff/" + doctor + "/pay"), "staff-pay").with(user(self))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("33" + NBSP + "% от цены после скидки"),
						not(containsString("data-testid=\"edit-pay\"")))));
		mvc.perform(get("/staff/" + doctor).with(user(self)))
				.andExpect(content().string(containsString("hx-get=\"/staff/" + doctor + "/pay\"")));
		mvc.perform(htmx(get("/staff/" + doctor + "/pay/edit"), "modal-root").with(user(self))).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("effectiveFrom", pay.today().toString())
				.param("productionShare", "90").param("productionBase", "BEFORE_DISCOUNT").param("version", "1")
				.with(csrf()).with(user(self))).andExpect(status().isForbidden());
		assertThat(pay.effectiveOn(doctor, pay.today()).orElseThrow().productionShare()).isEqualTo(Percent.of("33"));
	}

	@Test
	void theDialogOffersTheLatestTermsFromTheFirstOfNextMonth() throws Exception {
		var doctor = people.anOrthodontist(aUniqueSurname("Лебедева"));
		pay.setTerms(doctor, pay.today().withDayOfMonth(1), PayTerms.none().withSalary(Money.of("20000"))
				.withProductionShare(Percent.of("27.5"), ProductionBase.BEFORE_DISCOUNT).withServiceRate("A16.07.002", Money.of("1500")), 0);

		mvc.perform(htmx(get("/staff/" + doctor + "/pay/edit"), "modal-root").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"pay-dialog\""), containsString("data-modal"),
						containsString("value=\"" + pay.today().with(TemporalAdjusters.firstDayOfNextMonth()) + "\""),
						containsString("name=\"salary\" value=\"20000\""), containsString("value=\"27,50\""),
						containsString("value=\"BEFORE_DISCOUNT\" selected"), containsString("value=\"A16.07.002\""),
						containsString("name=\"serviceRates[2].amount\""), not(containsString("serviceRates[3]")), containsString("name=\"version\" value=\"1\""),
						containsString("hx-post=\"/staff/" + doctor + "/pay\""))));
	}

	@Test
	void newTermsReplaceTheFragmentWithAToastAndCloseTheDialog() throws Exception {
		var assistant = people.anAssistant(aUniqueSurname("Фролова"));
		var from = pay.today().withDayOfMonth(1);

		mvc.perform(htmx(post("/staff/" + assistant + "/pay"), "pay-dialog").param("effectiveFrom", from.format(SHOWN))
				.param("salary", "45 000,00").param("assistantShare", "5").param("productionBase", "AFTER_DISCOUNT")
				.param("serviceRates[0].serviceCode", "").param("serviceRates[0].amount", "").param("version", "0")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#staff-pay"))
				.andExpect(header().string("HX-Reswap", containsString("outerHTML")))
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("id=\"staff-pay\""), containsString("45" + NBSP + "000,00" + NBSP + "₽"),
						containsString("id=\"modal-root\" hx-swap-oob=\"innerHTML\""))));

		var terms = pay.effectiveOn(assistant, pay.today()).orElseThrow();
		assertThat(terms.salary()).isEqualTo(Money.roubles(45_000));
		assertThat(terms.assistantShare()).isEqualTo(Percent.of("5"));
		assertThat(terms.productionShare()).isNull();
		assertThat(terms.serviceRates()).isEmpty();
	}

	@Test
	void refusedTermsComeBackBesideTheFieldsInRussianWithTheInputKept() throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Волков"));

		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("effectiveFrom", "2000-01-01")
				.param("salary", "12 500,555").param("productionShare", "120").param("productionBase", "AFTER_DISCOUNT")
				.param("serviceRates[1].serviceCode", "A16.07.002").param("serviceRates[1].amount", "")
				.param("version", "0").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Retarget"))
				.andExpect(content().string(allOf(containsString("data-testid=\"pay-dialog\""),
						containsString("data-error-for=\"effectiveFrom\""), containsString("Месяцы до прошлого уже закрыты"),
						containsString("data-error-for=\"salary\""), containsString("не больше двух знаков после запятой"),
						containsString("data-error-for=\"productionShare\""), containsString("Процент — больше 0 и не больше 100."),
						containsString("data-error-for=\"serviceRates[1].amount\""), containsString("Укажите сумму за услугу."),
						containsString("value=\"12 500,555\""), containsString("value=\"120\""), containsString("value=\"A16.07.002\""))));
		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("effectiveFrom", pay.today().toString())
				.param("productionBase", "AFTER_DISCOUNT").param("version", "0").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"components\""),
						containsString("Укажите хотя бы что-то одно"))));
		assertThat(pay.history(doctor)).isEmpty();
	}

	@Test
	void refusedTermsAreExplainedInEnglish() throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Смирнов"));

		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("lang", "en").param("effectiveFrom", "31.02.2025x")
				.param("assistantShare", "abc").param("serviceRates[0].serviceCode", "A16 07").param("serviceRates[0].amount", "0")
				.param("version", "0").with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Enter a date as DD.MM.YYYY."),
						containsString("Enter the percentage as a number with at most two decimals"),
						containsString("data-error-for=\"serviceRates[0].serviceCode\""), containsString("Letters, digits, dots and hyphens"),
						containsString("The amount must be more than zero."), containsString("Please check the highlighted fields"))));
		assertThat(pay.history(doctor)).isEmpty();
	}

	@Test
	void termsBasedOnAHistorySomeoneElseChangedAreRefusedWithTheInputKept() throws Exception {
		var doctor = people.aSurgeon(aUniqueSurname("Зайцев"));
		var from = pay.today().withDayOfMonth(1);
		pay.setTerms(doctor, from, PayTerms.none().withSalary(Money.roubles(30_000)), 0);
		var seen = pay.payHistoryOf(doctor).version();
		pay.setTerms(doctor, from, PayTerms.none().withSalary(Money.roubles(35_000)), seen);

		mvc.perform(htmx(post("/staff/" + doctor + "/pay"), "pay-dialog").param("effectiveFrom", from.toString())
				.param("salary", "40000").param("productionBase", "AFTER_DISCOUNT").param("version", String.valueOf(seen))
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Retarget"))
				.andExpect(content().string(allOf(containsString("data-testid=\"pay-changed-meanwhile\""),
						containsString("Условия оплаты только что изменил(а) system"), containsString("value=\"40000\""),
						containsString("name=\"version\" value=\"" + pay.payHistoryOf(doctor).version() + "\""))));
		assertThat(pay.effectiveOn(doctor, pay.today()).orElseThrow().salary()).isEqualTo(Money.roubles(35_000));
	}

	@Test
	void anUnknownPersonHasNoPayPage() throws Exception {
		mvc.perform(htmx(get("/staff/" + new StaffMemberId(UUID.randomUUID()) + "/pay"), "staff-pay")
				.with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isNotFound());
	}
}
