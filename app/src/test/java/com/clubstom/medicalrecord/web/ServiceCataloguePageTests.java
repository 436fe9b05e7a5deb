package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceCsv;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The service catalogue and price list: everyone sees the list; the owner and the accountant get the dialogs, every
 * change, the export and the import.
 */
@ClubStomWebTest
class ServiceCataloguePageTests {

	private static final String NBSP = "\u00a0";

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ServiceCatalogue catalogue;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}

	/** A nomenclature-like code no other test uses. */
	static String aCode() {
		var random = UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE;
		return String.format("Z%02d.%02d.%03d", random % 100, (random / 100) % 100, (random / 10_000) % 1000);
	}

	private ClinicalServiceId aFilling(String name) {
		return catalogue.add(new ServiceDetails(name, aCode(), ServiceCategory.THERAPY, 60, true),
				catalogue.today().withDayOfYear(1), Money.of("3500"));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneSeesTheListWithPricesInRoubles(Role role) throws Exception {
		var marker = "Пломба" + UUID.randomUUID().toString().substring(0, 6);
		aFilling(marker);
		var editor = role == Role.OWNER || role == Role.ACCOUNTANT;

		mvc.perform(get("/services").param("q", marker).with(user(staff.signedIn(role)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Услуги и цены"), containsString(marker),
						containsString("3" + NBSP + "500,00" + NBSP + "₽"), containsString("за зуб"), containsString("60 мин"),
						containsString("data-testid=\"service-search\""))))
				.andExpect(content().string(editor
						? allOf(containsString("data-testid=\"new-service\""), containsString("data-testid=\"edit-service\""),
								containsString("/services/export/csv"), containsString("data-testid=\"import-services\""))
						: allOf(not(containsString("data-testid=\"new-service\"")), not(containsString("data-testid=\"edit-service\"")),
								not(containsString("/services/export/csv")), not(containsString("/services/import")))));
	}

	@Test
	void theSearchAnswersWithTheResultsOnlyAndInEnglishToo() throws Exception {
		var marker = "Ёлка" + UUID.randomUUID().toString().substring(0, 6);
		aFilling(marker);

		mvc.perform(htmx(get("/services"), "service-results").param("q", marker.replace('Ё', 'е')).param("lang", "en")
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"service-results\""), not(containsString("<html")),
						containsString(marker), containsString("3,500.00" + NBSP + "₽"), containsString("per tooth"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ASSISTANT", "DOCTOR" })
	void othersGetNoDialogsChangesExportOrImport(Role role) throws Exception {
		var id = aFilling("Пломба " + UUID.randomUUID());
		var signedIn = user(staff.signedIn(role));

		mvc.perform(htmx(get("/services/new"), "modal-root").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/services/" + id + "/edit"), "modal-root").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/services/" + id + "/price"), "modal-root").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(post("/services").param("name", "x").with(csrf()).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(post("/services/" + id + "/price").param("price", "1").param("effectiveFrom", catalogue.today().toString())
				.param("version", "1").with(csrf()).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(post("/services/" + id + "/retire").with(csrf()).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(get("/services/export/csv").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(multipart("/services/import").file(new MockMultipartFile("file", "p.csv", "text/csv", new byte[0]))
				.with(csrf()).with(signedIn)).andExpect(status().isForbidden());
		assertThat(catalogue.find(id).orElseThrow().isActive()).isTrue();
		assertThat(catalogue.find(id).orElseThrow().prices()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OWNER", "ACCOUNTANT" })
	void theOwnerAndTheAccountantAddAServiceInADialog(Role role) throws Exception {
		var signedIn = user(staff.signedIn(role));
		var code = aCode();

		mvc.perform(htmx(get("/services/new"), "modal-root").with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-modal"), containsString("data-testid=\"service-dialog\""),
						containsString("hx-post=\"/services\""), containsString("name=\"effectiveFrom\""))));
		mvc.perform(htmx(post("/services"), "service-dialog").param("name", "Консультация  стоматолога").param("code", code)
				.param("category", "DIAGNOSTICS_AND_XRAY").param("duration", "30").param("price", "2 000,00")
				.param("effectiveFrom", catalogue.today().toString()).with(csrf()).with(signedIn))
				.andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/services"));

		var added = catalogue.findByCode(code).orElseThrow();
		assertThat(added.name()).isEqualTo("Консультация стоматолога");
		assertThat(added.priceOn(catalogue.today())).contains(Money.of("2000"));
	}

	@Test
	void refusedInputComesBackBesideTheFieldsInRussianAndEnglish() throws Exception {
		var signedIn = user(staff.signedIn(Role.OWNER));

		mvc.perform(htmx(post("/services"), "service-dialog").param("name", "Снимок").param("code", "A6.07.3")
				.param("category", "DIAGNOSTICS_AND_XRAY").param("duration", "7").param("price", "дорого")
				.param("effectiveFrom", catalogue.today().toString()).with(csrf()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"form-errors\""),
						containsString("Код в формате A16.07.002 или A16.07.002.001"),
						containsString("Длительность от 5 до 480 минут, кратно 5"),
						containsString("Цена — число, не больше двух знаков после запятой"), containsString("value=\"Снимок\""),
						containsString("value=\"дорого\""))));
		mvc.perform(htmx(post("/services"), "service-dialog").param("lang", "en").param("name", "").param("category", "")
				.param("duration", "30").param("price", "100").param("effectiveFrom", catalogue.today().toString())
				.with(csrf()).with(signedIn))
				.andExpect(content().string(allOf(containsString("Enter the name of the service"), containsString("Choose a section"))));
	}

	@Test
	void aPriceFromADateOnAStaleVersionIsRefused() throws Exception {
		var id = aFilling("Пломба " + UUID.randomUUID());
		var signedIn = user(staff.signedIn(Role.ACCOUNTANT));
		var nextMonth = catalogue.today().with(TemporalAdjusters.firstDayOfNextMonth());

		mvc.perform(htmx(get("/services/" + id + "/price"), "modal-root").with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("value=\"" + nextMonth + "\""),
						containsString("name=\"version\" value=\"1\""), containsString("value=\"3500.00\""))));
		mvc.perform(htmx(post("/services/" + id + "/price"), "service-dialog").param("price", "4200")
				.param("effectiveFrom", nextMonth.toString()).param("version", "1").with(csrf()).with(signedIn))
				.andExpect(header().string("HX-Redirect", "/services"));
		mvc.perform(htmx(post("/services/" + id + "/price"), "service-dialog").param("price", "9999")
				.param("effectiveFrom", nextMonth.toString()).param("version", "1").with(csrf()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"service-changed-meanwhile\""),
						containsString("value=\"9999\""), containsString("name=\"version\" value=\"2\""))));
		mvc.perform(htmx(post("/services/" + id), "service-dialog").param("name", "Другое").param("category", "THERAPY")
				.param("duration", "30").param("version", "1").with(csrf()).with(signedIn))
				.andExpect(content().string(containsString("data-testid=\"service-changed-meanwhile\"")));

		var service = catalogue.find(id).orElseThrow();
		assertThat(service.priceOn(nextMonth)).contains(Money.of("4200"));
		assertThat(service.name()).startsWith("Пломба");
	}

	@Test
	void theExportIsASpreadsheetWithAByteOrderMark() throws Exception {
		var marker = "Экспорт" + UUID.randomUUID().toString().substring(0, 6);
		aFilling(marker);

		var body = mvc.perform(get("/services/export/csv").param("q", marker).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Type", containsString("text/csv")))
				.andReturn().getResponse().getContentAsByteArray();

		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		var text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + ServiceCsv.HEADER + "\r\n").contains(marker + ";THERAPY;60;да;3500.00;")
				.hasLineCount(2);
	}

	@Test
	void theImportReportsRejectedRowsAndImportsNothingThenEverything() throws Exception {
		var signedIn = user(staff.signedIn(Role.OWNER));
		var code = aCode();
		var good = code + ";Импорт " + code + ";SURGERY;45;да;\"4 500,00\";" + catalogue.today();
		var bad = ";;SURGERY;45;да;-1;" + catalogue.today();

		mvc.perform(multipart("/services/import").file(file(good, bad)).with(csrf()).with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"import-report\""),
						containsString("Ничего не импортировано: строк с ошибками 1, без ошибок 1"), containsString("Строка 3:"),
						containsString("Укажите название услуги"), containsString("Цена не может быть отрицательной"))));
		assertThat(catalogue.findByCode(code)).isEmpty();

		mvc.perform(multipart("/services/import").file(file(good)).param("lang", "en").with(csrf()).with(signedIn))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Imported: 1 rows accepted, 1 services added, 0 changed.")));
		assertThat(catalogue.findByCode(code).orElseThrow().priceOn(catalogue.today())).contains(Money.of("4500"));
	}

	@Test
	void theApiListsServicesWithTodaysPriceAndOneWithItsHistory() throws Exception {
		var marker = "Апи" + UUID.randomUUID().toString().substring(0, 6);
		var id = aFilling(marker);
		catalogue.changePrice(id, catalogue.today().plusDays(1), Money.of("3900"), 1);

		mvc.perform(get("/api/services").param("q", marker).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value(marker))
				.andExpect(jsonPath("$[0].price").value(3500.00));
		mvc.perform(get("/api/services/" + id).with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.prices.length()").value(2)).andExpect(jsonPath("$.prices[1].price").value(3900.00));
	}

	private static MockMultipartFile file(String... rows) {
		var text = "\uFEFF" + ServiceCsv.HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
		return new MockMultipartFile("file", "prices.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
