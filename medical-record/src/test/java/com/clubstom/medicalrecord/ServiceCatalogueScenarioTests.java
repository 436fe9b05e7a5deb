package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ServiceCatalogue.ServiceChangedMeanwhileException;

/** The owner or the accountant prices services; finance and plans learn of every new price from the event. */
// the medical record looks patients up (the questionnaire), so the patients context boots with it
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ServiceCatalogueScenarioTests {

	@Autowired ServiceCatalogue catalogue;
	@Autowired MongoTemplate mongo;

	/** A code nobody else in this test database uses. */
	static String aCode() {
		var n = Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1000);
		return String.format("A%02d.%02d.%03d", Math.abs(UUID.randomUUID().hashCode() % 100), Math.abs(UUID.randomUUID().hashCode() % 100), n);
	}

	@Test
	void aPriceRiseFromNextMonthIsAnnouncedWhole(Scenario scenario) {
		var code = aCode();
		var today = catalogue.today();
		var nextMonth = today.with(TemporalAdjusters.firstDayOfNextMonth());
		var id = catalogue.add(new ServiceDetails("Восстановление зуба пломбой", code, ServiceCategory.THERAPY, 60, true),
				today.withDayOfYear(1), Money.of("6500"));

		scenario.stimulate(() -> catalogue.changePrice(id, nextMonth, Money.of("7200"), 1))
				.andWaitForEventOfType(PriceChanged.class)
				.matching(changed -> changed.serviceId().equals(id) && changed.effectiveFrom().equals(nextMonth))
				.toArriveAndVerify(changed -> {
					assertThat(changed.price()).isEqualTo(Money.of("7200"));
					assertThat(changed.code()).isEqualTo(code);
					assertThat(changed.name()).isEqualTo("Восстановление зуба пломбой");
					assertThat(changed.changedBy()).isEqualTo("system");
					assertThat(catalogue.priceOn(id, today)).contains(Money.of("6500"));
					assertThat(catalogue.priceOn(id, nextMonth)).contains(Money.of("7200"));
				});
	}

	@Test
	void aPriceIsStoredAsAnExactDecimalWithItsCurrency() {
		var id = catalogue.add(new ServiceDetails("Чистка", aCode(), ServiceCategory.HYGIENE, 45, false), catalogue.today(),
				Money.of("4999.9"));

		var stored = mongo.getCollection("clinical_services").find(new Document("_id", id.value())).first();
		var price = stored.getList("prices", Document.class).get(0).get("price", Document.class);
		assertThat(price.get("amount")).isEqualTo(new Decimal128(new BigDecimal("4999.90")));
		assertThat(price.get("currency")).isEqualTo("RUB");
		assertThat(price.keySet()).containsExactlyInAnyOrder("amount", "currency");
		assertThat(catalogue.find(id).orElseThrow().prices()).extracting(ServicePrice::price)
			.isEqualTo(List.of(Money.of("4999.90")));
	}

	@Test
	void aChangeOnAStaleVersionIsRefused() {
		var id = catalogue.add(new ServiceDetails("Удаление зуба", aCode(), ServiceCategory.SURGERY, 30, true),
				catalogue.today(), Money.of("4500"));
		catalogue.changePrice(id, catalogue.today().plusDays(10), Money.of("5000"), 1);

		assertThatExceptionOfType(ServiceChangedMeanwhileException.class)
				.isThrownBy(() -> catalogue.changePrice(id, catalogue.today().plusDays(20), Money.of("5500"), 1));
		assertThat(catalogue.find(id).orElseThrow().prices()).hasSize(2);
	}

	@Test
	void aCodeBelongsToOneService() {
		var code = aCode();
		catalogue.add(new ServiceDetails("Снимок", code, ServiceCategory.DIAGNOSTICS_AND_XRAY, 10, true), catalogue.today(),
				Money.of("800"));

		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> catalogue.add(
				new ServiceDetails("Другой снимок", code, ServiceCategory.DIAGNOSTICS_AND_XRAY, 10, true), catalogue.today(),
				Money.of("900"))).satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("code", "service.code.taken")));
	}

	@Test
	void searchIgnoresCaseAndYoAndRetiredServicesUnlessAsked() {
		var marker = "Ёжик" + UUID.randomUUID().toString().substring(0, 6);
		var id = catalogue.add(new ServiceDetails("Шлифовка " + marker, null, ServiceCategory.THERAPY, 15, false),
				catalogue.today(), Money.of("1000"));

		assertThat(catalogue.search("ШЛИФОВКА " + marker.toLowerCase().replace('ё', 'е'), null, false)).hasSize(1);
		assertThat(catalogue.search(marker, ServiceCategory.SURGERY, false)).isEmpty();
		catalogue.retire(id);
		assertThat(catalogue.search(marker, null, false)).isEmpty();
		assertThat(catalogue.search(marker, null, true)).hasSize(1);
		catalogue.reinstate(id);
		assertThat(catalogue.search(marker, ServiceCategory.THERAPY, false)).hasSize(1);
	}

	@Test
	void oneBadRowAndNothingIsImportedAllGoodAndEverythingIs() {
		var known = aCode();
		var fresh = aCode();
		var today = catalogue.today();
		var id = catalogue.add(new ServiceDetails("Гигиена", known, ServiceCategory.HYGIENE, 60, false), today.withDayOfYear(1),
				Money.of("7000"));
		var nextMonth = today.with(TemporalAdjusters.firstDayOfNextMonth());
		var good = known + ";Профессиональная гигиена;HYGIENE;90;нет;8000;" + nextMonth;
		var added = fresh + ";Новая услуга;THERAPY;30;да;\"3 500,00\";" + today.withDayOfYear(1);

		var refused = catalogue.importCsv(csv(good, added, "A16.07.002;;THERAPY;7;да;100;2026-01-01"));

		assertThat(refused.imported()).isFalse();
		assertThat(refused.accepted()).isEqualTo(2);
		assertThat(refused.rejected()).singleElement().satisfies(rejected -> {
			assertThat(rejected.line()).isEqualTo(4);
			assertThat(rejected.reasons()).extracting(Violation::code).containsExactly("service.name.required",
					"service.duration.invalid");
		});
		assertThat(catalogue.findByCode(fresh)).isEmpty();
		assertThat(catalogue.find(id).orElseThrow().name()).isEqualTo("Гигиена");

		var report = catalogue.importCsv(csv(good, added));

		assertThat(report.imported()).isTrue();
		assertThat(report).extracting(ImportReport::accepted, ImportReport::added, ImportReport::updated).containsExactly(2, 1, 1);
		var hygiene = catalogue.find(id).orElseThrow();
		assertThat(hygiene.name()).isEqualTo("Профессиональная гигиена");
		assertThat(hygiene.durationMinutes()).isEqualTo(90);
		assertThat(hygiene.priceOn(today)).contains(Money.of("7000"));
		assertThat(hygiene.priceOn(nextMonth)).contains(Money.of("8000"));
		assertThat(catalogue.findByCode(fresh).orElseThrow().priceOn(today)).contains(Money.of("3500"));

		assertThat(catalogue.importCsv(csv(good, added))).extracting(ImportReport::added, ImportReport::updated)
				.containsExactly(0, 0);
	}

	static byte[] csv(String... lines) {
		return ("\uFEFF" + ServiceCsv.HEADER + "\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
	}
}
