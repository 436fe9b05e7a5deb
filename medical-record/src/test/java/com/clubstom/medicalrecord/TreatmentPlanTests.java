package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.StaffMemberId;

/**
 * A plan's totals add up line by line, exact to the kopeck, with discounts never above their line; its status moves draft,
 * proposed, accepted or declined, in progress, completed, each step dated and attributed; only drafts and proposed plans
 * are edited, and editing a proposed plan makes it a draft again.
 */
class TreatmentPlanTests {

	static final Clinician ORLOV = new Clinician("orlov", "Орлов Андрей Сергеевич");
	static final Clinician ADMIN = new Clinician("admin", "Кузнецова Марина Игоревна");
	static final LocalDate PLAN_DAY = LocalDate.of(2026, 3, 10);
	static final Instant MARCH = Instant.parse("2026-03-10T08:00:00Z");
	static final Instant APRIL = Instant.parse("2026-04-14T08:00:00Z");

	static final ClinicalService FILLING = service("Восстановление зуба пломбой I класс по Блэку", "A16.07.002.001", true, "6500");
	static final ClinicalService HYGIENE = service("Профессиональная гигиена полости рта", "A16.07.051", false, "7500");
	static final ClinicalService CROWN = service("Коронка из диоксида циркония", "A16.07.004.001", true, "38000");

	final TreatmentPlan plan = TreatmentPlan.draft(new PatientId(UUID.randomUUID()), "Рекомендуемый",
			new StaffMemberId(UUID.randomUUID()), ORLOV.fullName(), PLAN_DAY, "Этап 1. Санация", MARCH, ORLOV);
	final UUID firstStage = plan.stages().get(0).id();

	static ClinicalService service(String name, String code, boolean perTooth, String price) {
		var service = ClinicalService.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, 60, perTooth),
				LocalDate.of(2026, 1, 1), Money.of(price), MARCH, "owner");
		service.changePrice(LocalDate.of(2026, 4, 1), Money.of(price).plus(Money.roubles(1000)), LocalDate.of(2026, 3, 1),
				MARCH, "owner");
		return service;
	}

	PlanItem add(ClinicalService service, Integer tooth, int quantity, Discount discount) {
		return plan.addItem(firstStage, service, tooth, Set.of(), quantity, discount, null, MARCH, ORLOV);
	}

	@Test
	void aNewPlanIsADraftWithOneStageDatedAndAttributed() {
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.stages()).extracting(PlanStage::title).containsExactly("Этап 1. Санация");
		assertThat(plan.history()).containsExactly(new PlanStatusChange(PlanStatus.DRAFT, MARCH, "orlov", ORLOV.fullName(), null));
		assertThat(plan.totals()).isEqualTo(PlanTotals.NONE);
	}

	@Test
	void itemsArePricedOnThePlansDateNotToday() {
		var item = add(FILLING, 36, 1, null);

		assertThat(item.unitPrice()).isEqualTo(Money.of("6500"));
		assertThat(item.code()).isEqualTo("A16.07.002.001");
		assertThat(item.name()).isEqualTo(FILLING.name());
	}

	@Test
	void stageAndPlanTotalsAreTheSumsOfTheirLines() {
		add(FILLING, 36, 1, null);
		add(FILLING, 46, 1, Discount.percent(BigDecimal.TEN));
		var secondStage = plan.addStage("Этап 2. Протезирование", MARCH, ORLOV).id();
		plan.addItem(secondStage, CROWN, 36, Set.of(), 1, Discount.amount(Money.roubles(3000)), null, MARCH, ORLOV);

		assertThat(plan.stages().get(0).totals())
				.isEqualTo(new PlanTotals(Money.roubles(13000), Money.roubles(650), Money.roubles(12350)));
		assertThat(plan.stages().get(1).totals())
				.isEqualTo(new PlanTotals(Money.roubles(38000), Money.roubles(3000), Money.roubles(35000)));
		assertThat(plan.totals()).isEqualTo(new PlanTotals(Money.roubles(51000), Money.roubles(3650), Money.roubles(47350)));
	}

	@Test
	void aQuantityMultipliesThePriceAndAPercentageIsRoundedHalfUpToTheKopeck() {
		var hygiene = service("Аппликационная анестезия", "A11.07.022", false, "333.33");
		var item = plan.addItem(firstStage, hygiene, null, Set.of(), 3, Discount.percent(new BigDecimal("7.5")), null, MARCH, ORLOV);

		// 999.99 × 7.5 % = 74.99925 → 75.00
		assertThat(item.totals()).isEqualTo(new PlanTotals(Money.of("999.99"), Money.of("75.00"), Money.of("924.99")));
	}

	@Test
	void aDiscountOfTheWholeLineIsAllowedButNeverMore() {
		assertThat(add(FILLING, 36, 1, Discount.percent(BigDecimal.valueOf(100))).totals().toPay()).isEqualTo(Money.ZERO);
		assertThat(add(FILLING, 37, 2, Discount.amount(Money.roubles(13000))).totals().toPay()).isEqualTo(Money.ZERO);

		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(FILLING, 46, 1, Discount.amount(Money.of("6500.01"))))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("discount", "plan.item.discount.too-large")));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(FILLING, 46, 1, Discount.percent(BigDecimal.valueOf(101))))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("discount", "plan.item.discount.percent-range")));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(FILLING, 46, 1, Discount.amount(Money.roubles(-1))))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("discount", "plan.item.discount.negative")));
		assertThat(plan.items()).hasSize(2);
	}

	@Test
	void aPerToothServiceNeedsAToothAndAnotherServiceTakesNone() {
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(FILLING, null, 1, null))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("tooth", "plan.item.tooth.required")));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(HYGIENE, 36, 1, null))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("tooth", "plan.item.tooth.not-for-service")));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(FILLING, 19, 1, null))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("tooth", "plan.item.tooth.invalid")));
		assertThatExceptionOfType(InvalidPlanException.class)
				.isThrownBy(() -> plan.addItem(firstStage, HYGIENE, null, Set.of(ToothSurface.OCCLUSAL), 1, null, null, MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("surfaces", "plan.item.surfaces.without-tooth")));

		var onSurfaces = plan.addItem(firstStage, FILLING, 36, Set.of(ToothSurface.MESIAL, ToothSurface.OCCLUSAL), 1, null,
				"под анестезией", MARCH, ORLOV);
		assertThat(onSurfaces.surfaceLetters()).isEqualTo("MO");
		assertThat(add(HYGIENE, null, 1, null).tooth()).isNull();
	}

	@Test
	void theQuantityIsOneToNinetyNineAndTheNoteAtMostFiveHundredCharacters() {
		assertThatExceptionOfType(InvalidPlanException.class)
				.isThrownBy(() -> plan.addItem(firstStage, HYGIENE, null, Set.of(), 0, null, "x".repeat(501), MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(
						new Violation("quantity", "plan.item.quantity.range"), new Violation("note", "plan.item.note.too-long")));
		assertThat(plan.items()).isEmpty();
	}

	@Test
	void aRetiredOrUnpricedServiceCannotBePlanned() {
		var retired = service("Серебрение зубов", "A11.07.013", true, "600");
		retired.retire(MARCH, "owner");
		var later = ClinicalService.add(new ServiceDetails("Новая услуга", null, ServiceCategory.THERAPY, 30, false),
				LocalDate.of(2026, 6, 1), Money.roubles(100), MARCH, "owner");

		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(retired, 36, 1, null))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("service", "plan.item.service.retired")));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> add(later, null, 1, null))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("service", "plan.item.service.unpriced")));
	}

	@Test
	void anEmptyPlanIsNotProposed() {
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> plan.propose(MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("items", "plan.empty")));
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void proposingAndAcceptingAreDatedAttributedAndAnnouncedWithTheTotals() {
		add(FILLING, 36, 1, null);

		plan.propose(MARCH, ORLOV);
		plan.accept(APRIL, ADMIN);

		assertThat(plan.status()).isEqualTo(PlanStatus.ACCEPTED);
		assertThat(plan.history()).extracting(PlanStatusChange::status, PlanStatusChange::at, PlanStatusChange::by)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(PlanStatus.DRAFT, MARCH, "orlov"),
						org.assertj.core.groups.Tuple.tuple(PlanStatus.PROPOSED, MARCH, "orlov"),
						org.assertj.core.groups.Tuple.tuple(PlanStatus.ACCEPTED, APRIL, "admin"));
		assertThat(plan.announcements()).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOfAny(
				TreatmentPlanProposed.class, TreatmentPlanAccepted.class));
		var accepted = (TreatmentPlanAccepted) plan.announcements().get(1);
		assertThat(accepted.totals().toPay()).isEqualTo(Money.roubles(6500));
		assertThat(accepted.lines()).extracting(PlanLine::code, PlanLine::tooth).containsExactly(
				org.assertj.core.groups.Tuple.tuple("A16.07.002.001", 36));
	}

	@Test
	void onlyAProposedPlanIsAcceptedOrDeclinedAndADeclineNeedsAReason() {
		add(FILLING, 36, 1, null);
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.accept(MARCH, ADMIN));
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.decline("дорого", MARCH, ADMIN));

		plan.propose(MARCH, ORLOV);
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> plan.decline("  ", APRIL, ADMIN))
				.satisfies(invalid -> assertThat(invalid.violations())
						.containsExactly(new Violation("reason", "plan.decline.reason.required")));
		plan.decline("Выбрал бюджетный вариант", APRIL, ADMIN);

		assertThat(plan.status()).isEqualTo(PlanStatus.DECLINED);
		assertThat(plan.last(PlanStatus.DECLINED)).map(PlanStatusChange::reason).contains("Выбрал бюджетный вариант");
		assertThat(plan.announcements()).last().isInstanceOfSatisfying(TreatmentPlanDeclined.class,
				declined -> assertThat(declined.reason()).isEqualTo("Выбрал бюджетный вариант"));
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.accept(APRIL, ADMIN));
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.propose(APRIL, ORLOV));
	}

	@Test
	void editingAProposedPlanMakesItADraftAgainThatIsProposedAnew() {
		add(FILLING, 36, 1, null);
		plan.propose(MARCH, ORLOV);

		add(FILLING, 46, 1, null);

		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.history()).extracting(PlanStatusChange::status)
				.containsExactly(PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.DRAFT);
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.accept(APRIL, ADMIN));
		plan.propose(APRIL, ORLOV);
		assertThat(plan.status()).isEqualTo(PlanStatus.PROPOSED);
	}

	@Test
	void anAcceptedPlansItemsAndStagesAreFixed() {
		var item = add(FILLING, 36, 1, null);
		plan.propose(MARCH, ORLOV);
		plan.accept(MARCH, ADMIN);

		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> add(FILLING, 46, 1, null));
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.removeItem(item.id(), MARCH, ORLOV));
		assertThatExceptionOfType(PlanStatusException.class).isThrownBy(() -> plan.addStage("Этап 2", MARCH, ORLOV));
		assertThat(plan.items()).containsExactly(item);
	}

	@Test
	void theFirstItemDoneStartsThePlanAndTheLastCompletesItAndADoneItemStaysDone() {
		var first = add(FILLING, 36, 1, null);
		var second = add(FILLING, 46, 1, null);
		plan.propose(MARCH, ORLOV);
		plan.accept(MARCH, ADMIN);
		var visit = UUID.randomUUID();

		assertThat(plan.markDone(first.id(), new WorkDone(APRIL, "orlov", visit), ORLOV)).isTrue();
		assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);
		assertThat(plan.outstandingWork()).extracting(PlannedWork::itemId).containsExactly(second.id());
		assertThat(plan.totalsDone().toPay()).isEqualTo(Money.roubles(6500));

		assertThat(plan.markDone(first.id(), new WorkDone(APRIL.plusSeconds(60), "kim", UUID.randomUUID()), ORLOV)).isFalse();
		assertThat(plan.items().get(0).done()).isEqualTo(new WorkDone(APRIL, "orlov", visit));

		plan.markDone(second.id(), new WorkDone(APRIL.plusSeconds(3600), "orlov", visit), ORLOV);
		assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
		assertThat(plan.history()).extracting(PlanStatusChange::status).endsWith(PlanStatus.IN_PROGRESS, PlanStatus.COMPLETED);
		assertThat(plan.outstandingWork()).isEmpty();
	}

	@Test
	void aPlanNotAgreedGetsNothingDoneAndOffersNoWork() {
		var item = add(FILLING, 36, 1, null);

		assertThat(plan.outstandingWork()).isEmpty();
		assertThat(plan.markDone(item.id(), new WorkDone(APRIL, "orlov", UUID.randomUUID()), ORLOV)).isFalse();
		assertThat(plan.items().get(0).isDone()).isFalse();
	}

	@Test
	void aCopyIsANewDraftWithTheSameWorkPricedAnewAndNothingDone() {
		add(FILLING, 36, 1, Discount.amount(Money.roubles(500)));
		plan.addStage("Этап 2. Гигиена", MARCH, ORLOV);
		plan.propose(MARCH, ORLOV);
		plan.decline("Дорого", MARCH, ADMIN);

		var copy = plan.copyAs("Бюджетный", plan.doctor(), plan.doctorName(), LocalDate.of(2026, 4, 14),
				item -> FILLING.priceOn(LocalDate.of(2026, 4, 14)), APRIL, ORLOV);

		assertThat(copy.id()).isNotEqualTo(plan.id());
		assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(copy.title()).isEqualTo("Бюджетный");
		assertThat(copy.stages()).extracting(PlanStage::title).containsExactly("Этап 1. Санация", "Этап 2. Гигиена");
		assertThat(copy.items()).singleElement().satisfies(item -> {
			assertThat(item.unitPrice()).isEqualTo(Money.roubles(7500));
			assertThat(item.discount()).isEqualTo(Money.roubles(500));
			assertThat(item.id()).isNotEqualTo(plan.items().get(0).id());
		});
		assertThat(copy.announcements()).isEmpty();
		assertThat(plan.copyAs("Без цены", plan.doctor(), plan.doctorName(), PLAN_DAY, item -> Optional.empty(), APRIL, ORLOV)
				.items().get(0).unitPrice()).isEqualTo(Money.roubles(6500));
	}

	@Test
	void theLastStageStaysAndAStageGoesWithItsItems() {
		var second = plan.addStage("Этап 2", MARCH, ORLOV);
		plan.addItem(second.id(), CROWN, 36, Set.of(), 1, null, null, MARCH, ORLOV);

		plan.removeStage(second.id(), MARCH, ORLOV);

		assertThat(plan.stages()).hasSize(1);
		assertThat(plan.items()).isEmpty();
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> plan.removeStage(firstStage, MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("stage", "plan.stage.last")));
	}

	@Test
	void aPlanNeedsATitleAndADoctor() {
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> TreatmentPlan.draft(new PatientId(UUID.randomUUID()),
				" ", null, null, PLAN_DAY, "x".repeat(121), MARCH, ORLOV))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(
						new Violation("title", "plan.title.required"), new Violation("stageTitle", "plan.stage.title.too-long"),
						new Violation("doctor", "plan.doctor.required")));
	}
}
