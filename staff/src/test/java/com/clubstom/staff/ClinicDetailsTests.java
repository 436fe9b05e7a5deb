package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The clinic's address and opening hours, as the owner sets them on the settings page. */
@ApplicationModuleTest
@RecordApplicationEvents
@DirtiesContext // the clinic's profile is one document: later tests start from the defaults
class ClinicDetailsTests {

	@Autowired ClinicProfile clinic;
	@Autowired ApplicationEvents events;

	@Test
	void theOwnerSetsTheAddressAndOpeningHoursWhichAreAnnounced() {
		assertThat(clinic.workingDay()).isEqualTo(ClinicWorkingDay.USUAL);
		var day = new ClinicWorkingDay(LocalTime.of(9, 0), LocalTime.of(20, 0));

		clinic.describe(" г. Москва, ул. Лесная, д. 5 ", day, "owner");

		assertThat(clinic.address()).isEqualTo("г. Москва, ул. Лесная, д. 5");
		assertThat(clinic.workingDay()).isEqualTo(day);
		assertThat(events.stream(ClinicDetailsChanged.class)).singleElement()
				.satisfies(changed -> assertThat(changed.opens()).isEqualTo(LocalTime.of(9, 0)));
	}

	@Test
	void theClinicOpensBeforeItClosesAndTheAddressFitsOnAPrintout() {
		assertThatExceptionOfType(ClinicWorkingDay.InvalidWorkingDayException.class)
				.isThrownBy(() -> new ClinicWorkingDay(LocalTime.of(20, 0), LocalTime.of(9, 0)));
		assertThatExceptionOfType(ClinicProfile.InvalidClinicAddressException.class)
				.isThrownBy(() -> clinic.describe("x".repeat(201), ClinicWorkingDay.USUAL, "owner"));
	}
}
