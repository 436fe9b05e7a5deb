package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.clubstom.kernel.Money;

/** Prices over time and the rules of a description. */
class ClinicalServiceTests {

	static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
	static final LocalDate TODAY = LocalDate.of(2026, 3, 17);
	static final LocalDate FIRST_OF_APRIL = LocalDate.of(2026, 4, 1);
	static final Instant NOW = Instant.parse("2026-03-17T07:00:00Z");

	static ServiceDetails filling() {
		return new ServiceDetails("Пломба светового отверждения", "A16.07.002", ServiceCategory.THERAPY, 60, true);
	}

	@Test
	void whatWasDoneBeforeAPriceRiseKeepsItsPrice() {
		var service = ClinicalService.add(filling(), NEW_YEAR, Money.of("6500"), NOW, "owner");
		service.changePrice(FIRST_OF_APRIL, Money.of("7200"), TODAY, NOW, "owner");

		assertThat(service.priceOn(NEW_YEAR.minusDays(1))).isEmpty();
		assertThat(service.priceOn(NEW_YEAR)).contains(Money.of("6500"));
		assertThat(service.priceOn(FIRST_OF_APRIL.minusDays(1))).contains(Money.of("6500"));
		assertThat(service.priceOn(FIRST_OF_APRIL)).contains(Money.of("7200"));
		assertThat(service.priceOn(LocalDate.of(2027, 1, 1))).contains(Money.of("7200"));
		assertThat(service.prices()).extracting(ServicePrice::effectiveFrom).containsExactly(NEW_YEAR, FIRST_OF_APRIL);
	}

	@Test
	void aNewPriceReplacesThosePlannedFromItsDateOn() {
		var service = ClinicalService.add(filling(), NEW_YEAR, Money.of("6500"), NOW, "owner");
		service.changePrice(LocalDate.of(2026, 5, 1), Money.of("8000"), TODAY, NOW, "owner");
		service.changePrice(FIRST_OF_APRIL, Money.of("7200"), TODAY, NOW, "owner");

		assertThat(service.prices()).containsExactly(new ServicePrice(NEW_YEAR, Money.of("6500")),
				new ServicePrice(FIRST_OF_APRIL, Money.of("7200")));
	}

	@Test
	void aPriceOnceSetIsNotRewrittenForThePast() {
		var service = ClinicalService.add(filling(), NEW_YEAR, Money.of("6500"), NOW, "owner");

		assertThatExceptionOfType(InvalidServiceException.class)
				.isThrownBy(() -> service.changePrice(TODAY.minusDays(1), Money.of("1"), TODAY, NOW, "owner"))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("effectiveFrom", "service.effective-from.past")));
		assertThat(ClinicalService.checkPrice(TODAY.plusYears(2), Money.of("-1"), TODAY, TODAY)).containsExactly(
				new Violation("effectiveFrom", "service.effective-from.too-far"), new Violation("price", "service.price.negative"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "A16.07.002", "A06.07.003", "B01.065.001", "A16.07.002.001", " a16.07.002 " })
	void nomenclatureCodesAreAccepted(String code) {
		assertThat(new ServiceDetails("Услуга", code, ServiceCategory.THERAPY, 30, false).violations()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A16.7.002", "16.07.002", "A16.07.02", "A16-07-002", "A16.07.002.1", "AA6.07.002" })
	void otherCodesAreRefused(String code) {
		assertThat(new ServiceDetails("Услуга", code, ServiceCategory.THERAPY, 30, false).violations())
				.containsExactly(new Violation("code", "service.code.invalid"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 3, 7, 485, 600, -5 })
	void durationsOutsideFiveToFourHundredEightyInStepsOfFiveAreRefused(int minutes) {
		assertThat(new ServiceDetails("Услуга", null, ServiceCategory.SURGERY, minutes, false).violations())
				.containsExactly(new Violation("duration", "service.duration.invalid"));
	}

	@Test
	void aServiceWithoutCodeNeedsANameAndASection() {
		assertThat(new ServiceDetails(" ", "", null, 5, false).violations()).containsExactly(
				new Violation("name", "service.name.required"), new Violation("category", "service.category.required"));
		assertThat(new ServiceDetails("Консультация", null, ServiceCategory.THERAPY, 480, false).violations()).isEmpty();
	}
}
