package com.clubstom.staff;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.clubstom.staff.ClinicProfile.InvalidClinicNameException;

/** The clinic's name: configured at installation, then owned by the owner and stored in MongoDB. */
@ApplicationModuleTest
class ClinicProfileScenarioTests {

	// typed Clock: a bean override must match the type the replaced bean is declared with
	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired ClinicProfile clinic;
	@Autowired MongoTemplate mongo;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void untilRenamedTheClinicIsCalledAsConfigured() {
		// clubstom.clinic.name in the test application.properties
		assertThat(clinic.name()).isEqualTo("Lesnaya Dental");
	}

	@Test
	@DirtiesContext // the name is cached in the bean and stored: the next test needs a fresh clinic
	void renamingTheClinicAnnouncesAndKeepsTheNewName(Scenario scenario) {
		var eightyCharacters = "Стоматология «Улыбка» на Лесной — " + "x".repeat(80 - 34);

		scenario.stimulate(() -> clinic.rename("  " + eightyCharacters + " ", "owner"))
				.andWaitForEventOfType(ClinicRenamed.class)
				.toArriveAndVerify(renamed -> {
					assertThat(renamed).isEqualTo(new ClinicRenamed(eightyCharacters, "owner", MONDAY_MORNING));
					assertThat(clinic.name()).isEqualTo(eightyCharacters);
					assertThat(mongo.findById("clinic", Document.class, "clinic_profile").getString("name"))
							.isEqualTo(eightyCharacters);
				});
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void aBlankNameIsRefused(String blank, AssertablePublishedEvents events) {
		assertRefused(blank, events);
	}

	@Test
	void aNameLongerThanEightyCharactersIsRefused(AssertablePublishedEvents events) {
		assertRefused("Ы".repeat(81), events);
	}

	private void assertRefused(String name, AssertablePublishedEvents events) {
		var before = clinic.name();

		assertThatExceptionOfType(InvalidClinicNameException.class).isThrownBy(() -> clinic.rename(name, "owner"));

		assertThat(clinic.name()).isEqualTo(before);
		assertThat(events.ofType(ClinicRenamed.class)).isEmpty();
	}

}
