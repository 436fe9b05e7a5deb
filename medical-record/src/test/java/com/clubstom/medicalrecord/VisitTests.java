package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;

/** A visit is recorded while open, signed off once, and afterwards corrected only by amendment. */
class VisitTests {

	static final Practitioner ORLOV = new Practitioner(UUID.randomUUID(), "Орлов Андрей Сергеевич");
	static final Clinician SIGNED_BY = new Clinician("orlov", "Орлов Андрей Сергеевич");
	static final Instant NOON = Instant.parse("2026-11-24T09:00:00Z");
	static final UUID APPOINTMENT = UUID.randomUUID();

	final Visit visit = Visit.open(new PatientId(UUID.randomUUID()), APPOINTMENT, LocalDate.of(2026, 11, 24), ORLOV, null,
			NOON, "orlov");

	static Procedure filling(int tooth, long priceRoubles, int quantity, long discountRoubles) {
		return new Procedure(UUID.randomUUID(), UUID.randomUUID(), "A16.07.002.001", "Восстановление зуба пломбой",
				Tooth.of(tooth), Set.of(ToothSurface.OCCLUSAL), quantity, Money.roubles(priceRoubles),
				Money.roubles(discountRoubles), null, null, ToothCondition.FILLING, NOON, "orlov", null);
	}

	static Procedure consultation() {
		return new Procedure(UUID.randomUUID(), UUID.randomUUID(), "B01.065.001", "Приём первичный", null, Set.of(), 1,
				Money.roubles(2000), Money.ZERO, null, null, null, NOON, "orlov", null);
	}

	@Test
	void theTotalIsThePricesTimesQuantitiesLessTheDiscounts() {
		visit.add(filling(36, 6500, 1, 650));
		visit.add(filling(46, 6500, 2, 0));
		visit.add(consultation());

		assertThat(visit.total()).isEqualTo(Money.roubles(6500 - 650 + 13000 + 2000));
		assertThat(visit.discount()).isEqualTo(Money.roubles(650));
	}

	@Test
	void aDiscountAboveTheLineOrAZeroQuantityIsRefusedByField() {
		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.add(filling(36, 6500, 1, 7000)))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("discount", "visit.procedure.discount.too-much")));
		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.add(filling(36, 6500, 0, 0)))
				.satisfies(refused -> assertThat(refused.violations()).extracting(Violation::field).contains("quantity"));
		assertThat(visit.procedures()).isEmpty();
	}

	@Test
	void aFillingNeedsItsSurfaces() {
		var noSurfaces = new Procedure(UUID.randomUUID(), UUID.randomUUID(), "A16.07.002.001", "Пломба", Tooth.of(36), Set.of(),
				1, Money.roubles(6500), Money.ZERO, null, null, ToothCondition.FILLING, NOON, "orlov", null);

		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.add(noSurfaces))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("surfaces", "visit.procedure.surfaces.required")));
	}

	@Test
	void completingAnnouncesOnceWithEveryAmountFinanceNeeds() {
		var filling = visit.add(filling(36, 6500, 1, 650));
		visit.add(consultation());

		visit.complete(NOON.plusSeconds(3600), SIGNED_BY);

		assertThat(visit.status()).isEqualTo(VisitStatus.COMPLETED);
		var events = visit.announcements();
		assertThat(events).hasSize(1);
		var completed = (VisitCompleted) events.iterator().next();
		assertThat(completed.appointmentId()).isEqualTo(APPOINTMENT);
		assertThat(completed.day()).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(completed.doctorId()).isEqualTo(ORLOV.staffMemberId());
		assertThat(completed.procedures()).hasSize(2);
		var line = completed.procedures().get(0);
		assertThat(line.serviceId()).isEqualTo(filling.serviceId());
		assertThat(line.tooth()).isEqualTo(36);
		assertThat(line.surfaces()).isEqualTo("O");
		assertThat(line.unitPrice()).isEqualTo(Money.roubles(6500));
		assertThat(line.discount()).isEqualTo(Money.roubles(650));
		assertThat(line.total()).isEqualTo(Money.roubles(5850));
	}

	@Test
	void aVisitWithNothingDoneCannotBeCompleted() {
		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.complete(NOON, SIGNED_BY))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("service", "visit.complete.no-procedures")));
	}

	@Test
	void aCompletedVisitIsReadOnlyAndCompletedOnlyOnce() {
		visit.add(consultation());
		visit.complete(NOON, SIGNED_BY);

		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.add(consultation()));
		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visit.writeNotes(new VisitNotes("жалоб нет", null, null, null, null)));
		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visit.complete(NOON, SIGNED_BY));
		assertThat(visit.announcements()).hasSize(1);
	}

	@Test
	void anAmendmentNeedsAReasonAndAChange() {
		visit.add(consultation());
		visit.complete(NOON, SIGNED_BY);

		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visit.amend(" ", null, List.of(filling(36, 6500, 1, 0)), Set.of(), NOON, SIGNED_BY))
				.satisfies(refused -> assertThat(refused.violations()).extracting(Violation::code)
						.contains("visit.amend.reason.required"));
		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visit.amend("опечатка", null, List.of(), Set.of(), NOON, SIGNED_BY))
				.satisfies(refused -> assertThat(refused.violations()).extracting(Violation::code)
						.containsExactly("visit.amend.nothing"));
	}

	@Test
	void anAmendmentWithdrawsAndAddsProceduresKeepingTheOldOnesOnRecord() {
		var consultation = visit.add(consultation());
		visit.writeNotes(new VisitNotes("жалоб нет", null, null, null, null));
		visit.complete(NOON, SIGNED_BY);

		var amendment = visit.amend("пломба не внесена", new VisitNotes("боль от холодного", null, null, null, null),
				List.of(filling(36, 6500, 1, 0)), Set.of(consultation.id()), NOON.plusSeconds(86_400), SIGNED_BY);

		assertThat(visit.procedures()).hasSize(2);
		assertThat(visit.current()).extracting(Procedure::code).containsExactly("A16.07.002.001");
		assertThat(visit.total()).isEqualTo(Money.roubles(6500));
		assertThat(visit.notes().complaints()).isEqualTo("боль от холодного");
		assertThat(amendment.notesBefore().complaints()).isEqualTo("жалоб нет");
		var amended = (VisitAmended) visit.announcements().get(1);
		assertThat(amended.reason()).isEqualTo("пломба не внесена");
		assertThat(amended.added()).extracting(PerformedProcedure::code).containsExactly("A16.07.002.001");
		assertThat(amended.withdrawn()).extracting(PerformedProcedure::code).containsExactly("B01.065.001");
	}

	@Test
	void anOpenVisitCannotBeAmended() {
		visit.add(consultation());

		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visit.amend("ошибка", null, List.of(consultation()), Set.of(), NOON, SIGNED_BY));
	}
}
