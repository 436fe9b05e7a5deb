package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/** Which freed slots suit a waiting patient, and how an entry leaves the list. */
class WaitingListEntryTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
	static final StaffMemberId ORLOV = new StaffMemberId(UUID.randomUUID());
	static final StaffMemberId KIM = new StaffMemberId(UUID.randomUUID());
	static final WantedService HYGIENE = new WantedService(UUID.randomUUID(), "A16.07.051", "Профессиональная гигиена");

	static WaitingListEntry waiting(StaffMemberId doctor, WantedService service, LocalDate from, LocalDate until,
			PartOfDay partOfDay) {
		return WaitingListEntry.add(new PatientId(UUID.randomUUID()), doctor, service, from, until, partOfDay, "  за час  ",
				NOW, "admin", "Кузнецова Марина Игоревна");
	}

	static TimeSlot at(LocalDate day, int hour) {
		return TimeSlot.of(day.atTime(hour, 0), 60);
	}

	@Test
	void aPatientWaitingForADoctorIsSuitedByAnySlotOfThatDoctorInTheirDays() {
		var entry = waiting(ORLOV, null, MONDAY, MONDAY.plusDays(4), PartOfDay.ANY);

		assertThat(entry.suits(ORLOV, List.of("B01.065.002"), at(MONDAY, 10))).isTrue();
		assertThat(entry.suits(ORLOV, List.of(), at(MONDAY.plusDays(4), 17))).isTrue();
		assertThat(entry.suits(KIM, List.of("B01.065.002"), at(MONDAY, 10))).as("another doctor").isFalse();
		assertThat(entry.suits(ORLOV, List.of(), at(MONDAY.minusDays(1), 10))).as("before the first day").isFalse();
		assertThat(entry.suits(ORLOV, List.of(), at(MONDAY.plusDays(5), 10))).as("after the last day").isFalse();
	}

	@Test
	void aPatientWaitingForAServiceTakesAnyDoctorWhoseSlotWasForIt() {
		var entry = waiting(null, HYGIENE, MONDAY, null, PartOfDay.ANY);

		assertThat(entry.suits(KIM, List.of("A16.07.051", "A12.07.003"), at(MONDAY.plusMonths(2), 12))).isTrue();
		assertThat(entry.suits(KIM, List.of("A16.07.002.001"), at(MONDAY, 12))).as("another service").isFalse();
	}

	@Test
	void aPatientWaitingForBothWantsBoth() {
		var entry = waiting(ORLOV, HYGIENE, MONDAY, null, PartOfDay.ANY);

		assertThat(entry.suits(ORLOV, List.of("A16.07.051"), at(MONDAY, 9))).isTrue();
		assertThat(entry.suits(KIM, List.of("A16.07.051"), at(MONDAY, 9))).isFalse();
		assertThat(entry.suits(ORLOV, List.of("B01.065.002"), at(MONDAY, 9))).isFalse();
	}

	@Test
	void thePartOfTheDayIsWhenTheSlotStarts() {
		var mornings = waiting(ORLOV, null, MONDAY, null, PartOfDay.MORNING);
		var evenings = waiting(ORLOV, null, MONDAY, null, PartOfDay.EVENING);

		assertThat(mornings.suits(ORLOV, List.of(), at(MONDAY, 11))).isTrue();
		assertThat(mornings.suits(ORLOV, List.of(), at(MONDAY, 12))).isFalse();
		assertThat(evenings.suits(ORLOV, List.of(), at(MONDAY, 16))).isFalse();
		assertThat(evenings.suits(ORLOV, List.of(), at(MONDAY, 17))).isTrue();
		assertThat(PartOfDay.AFTERNOON.covers(at(MONDAY, 12))).isTrue();
		assertThat(PartOfDay.AFTERNOON.covers(at(MONDAY, 17))).isFalse();
		assertThat(PartOfDay.ANY.covers(at(MONDAY, 7))).isTrue();
	}

	@Test
	void aNewEntryIsWaitingWithItsNoteTrimmedAndWhoAddedIt() {
		var entry = waiting(ORLOV, null, MONDAY, null, null);

		assertThat(entry.status()).isEqualTo(WaitingListStatus.WAITING);
		assertThat(entry.partOfDay()).isEqualTo(PartOfDay.ANY);
		assertThat(entry.note()).isEqualTo("за час");
		assertThat(entry.addedAt()).isEqualTo(NOW);
		assertThat(entry.addedBy()).isEqualTo("admin");
		assertThat(entry.addedByName()).isEqualTo("Кузнецова Марина Игоревна");
	}

	@Test
	void anEntryWantsADoctorOrAServiceAndEndsAfterItBegins() {
		assertThatIllegalArgumentException().isThrownBy(() -> waiting(null, null, MONDAY, null, PartOfDay.ANY));
		assertThatIllegalArgumentException().isThrownBy(() -> waiting(ORLOV, null, MONDAY, MONDAY.minusDays(1), PartOfDay.ANY));
	}

	@Test
	void aWithdrawnEntryNoLongerSuitsAnythingAndCannotBeClosedAgain() {
		var entry = waiting(ORLOV, null, MONDAY, null, PartOfDay.ANY);

		assertThat(entry.withdraw(NOW.plusSeconds(60), "admin")).isTrue();

		assertThat(entry.status()).isEqualTo(WaitingListStatus.WITHDRAWN);
		assertThat(entry.closedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(entry.closedBy()).isEqualTo("admin");
		assertThat(entry.suits(ORLOV, List.of(), at(MONDAY, 10))).isFalse();
		assertThat(entry.markBooked(null, NOW.plusSeconds(120), "owner")).isFalse();
		assertThat(entry.withdraw(NOW.plusSeconds(120), "owner")).isFalse();
		assertThat(entry.status()).isEqualTo(WaitingListStatus.WITHDRAWN);
		assertThat(entry.closedBy()).isEqualTo("admin");
	}

	@Test
	void aBookingWithTheWantedDoctorBeforeTheLastDayGrantsTheWishAtAnyTimeOfDay() {
		var entry = waiting(ORLOV, null, MONDAY, MONDAY.plusDays(4), PartOfDay.MORNING);
		var appointment = new AppointmentId(UUID.randomUUID());

		assertThat(entry.isGrantedBy(KIM, List.of(), MONDAY)).isFalse();
		assertThat(entry.isGrantedBy(ORLOV, List.of(), MONDAY.plusDays(5))).isFalse();
		assertThat(entry.isGrantedBy(ORLOV, List.of(), MONDAY.minusDays(3))).as("even sooner than hoped").isTrue();
		assertThat(entry.markBooked(appointment, NOW, "admin")).isTrue();
		assertThat(entry.status()).isEqualTo(WaitingListStatus.BOOKED);
		assertThat(entry.bookedAppointment()).contains(appointment);
	}

	@Test
	void anEntryLapsesAfterItsLastDay() {
		var entry = waiting(ORLOV, null, MONDAY, MONDAY.plusDays(4), PartOfDay.ANY);

		assertThat(entry.hasLapsedBy(MONDAY.plusDays(4))).isFalse();
		assertThat(entry.hasLapsedBy(MONDAY.plusDays(5))).isTrue();
		assertThat(waiting(ORLOV, null, MONDAY, null, PartOfDay.ANY).hasLapsedBy(MONDAY.plusYears(3))).isFalse();
	}
}
