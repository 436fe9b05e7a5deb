package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;

/**
 * A doctor plans a patient's treatment; tasks and reports hear when a plan is proposed, accepted or declined, and the
 * visits that carry out its items mark them done, once however often they are heard.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DoctorAtTheChair.class)
class TreatmentPlansScenarioTests {

	@Autowired TreatmentPlans plans;
	@Autowired ServiceCatalogue catalogue;
	@Autowired PatientRegistry registry;
	@Autowired StaffDirectory staff;
	@Autowired AuditTrail audit;
	@Autowired CompletedEventPublications completed;

	StaffMemberId aDoctor() {
		return staff.hire(new StaffMemberDetails("Орлов", "Андрей", "Сергеевич", Position.DOCTOR, Set.of(Specialisation.THERAPIST),
				null, null, new CalendarColour("#0D7680"), null, null, null));
	}

	ClinicalServiceId aFilling() {
		return catalogue.add(new ServiceDetails("Восстановление зуба пломбой", ServiceCatalogueScenarioTests.aCode(),
				ServiceCategory.THERAPY, 60, true), catalogue.today().withDayOfYear(1), Money.of("6500"));
	}

	/** A patient with a draft of two fillings, on 36 and 46, the second at 10 % off. */
	record Planned(PatientId patient, StaffMemberId doctor, TreatmentPlanId plan, PlanItem on36, PlanItem on46) {
	}

	Planned twoFillings(String lastName) {
		var patient = PatientsInTheChair.anAdult(registry, lastName);
		var doctor = aDoctor();
		var filling = aFilling();
		var plan = plans.draft(patient, "Рекомендуемый", doctor, "Этап 1. Санация", List.of());
		var stage = plans.find(patient, plan).orElseThrow().stages().get(0).id();
		var on36 = plans.addItem(plan, 1, stage, new NewPlanItem(filling, 36, Set.of(ToothSurface.OCCLUSAL), 1, null, null));
		var on46 = plans.addItem(plan, 2, stage, new NewPlanItem(filling, 46, Set.of(), 1,
				Discount.percent(java.math.BigDecimal.TEN), "после 36"));
		return new Planned(patient, doctor, plan, on36, on46);
	}

	long versionOf(Planned planned) {
		return plans.find(planned.patient(), planned.plan()).orElseThrow().version();
	}

	@Test
	void proposingIsAnnouncedWithTheTotalsAndTheLines(Scenario scenario) {
		var planned = twoFillings("Предложенов");

		scenario.stimulate(() -> plans.propose(planned.plan(), versionOf(planned)))
				.andWaitForEventOfType(TreatmentPlanProposed.class)
				.matching(proposed -> proposed.planId().equals(planned.plan().value()))
				.toArriveAndVerify(proposed -> {
					assertThat(proposed.patientId()).isEqualTo(planned.patient().value());
					assertThat(proposed.doctorId()).isEqualTo(planned.doctor().value());
					assertThat(proposed.title()).isEqualTo("Рекомендуемый");
					assertThat(proposed.totals()).isEqualTo(new PlanTotals(Money.roubles(13000), Money.roubles(650), Money.roubles(12350)));
					assertThat(proposed.lines()).extracting(PlanLine::tooth, PlanLine::toPay).containsExactly(
							org.assertj.core.groups.Tuple.tuple(36, Money.roubles(6500)),
							org.assertj.core.groups.Tuple.tuple(46, Money.roubles(5850)));
					assertThat(proposed.by()).isEqualTo("orlov");
				});
	}

	@Test
	void acceptingIsAnnouncedAndOffersTheItemsToVisits(Scenario scenario) {
		var planned = twoFillings("Согласнов");
		plans.propose(planned.plan(), versionOf(planned));
		assertThat(plans.outstandingWorkOf(planned.patient())).isEmpty();

		scenario.stimulate(() -> plans.accept(planned.plan(), versionOf(planned)))
				.andWaitForEventOfType(TreatmentPlanAccepted.class)
				.matching(accepted -> accepted.planId().equals(planned.plan().value()))
				.toArriveAndVerify(accepted -> {
					assertThat(accepted.totals().toPay()).isEqualTo(Money.roubles(12350));
					assertThat(accepted.lines()).extracting(PlanLine::itemId)
							.containsExactly(planned.on36().id(), planned.on46().id());
				});

		assertThat(plans.outstandingWorkOf(planned.patient())).satisfiesExactly(work -> {
			assertThat(work.planId()).isEqualTo(planned.plan().value());
			assertThat(work.itemId()).isEqualTo(planned.on36().id());
			assertThat(work.planTitle()).isEqualTo("Рекомендуемый");
			assertThat(work.stageTitle()).isEqualTo("Этап 1. Санация");
			assertThat(work.tooth()).isEqualTo(36);
			assertThat(work.surfaces()).containsExactly(ToothSurface.OCCLUSAL);
			assertThat(work.unitPrice()).isEqualTo(Money.roubles(6500));
		}, work -> {
			assertThat(work.tooth()).isEqualTo(46);
			assertThat(work.discount()).isEqualTo(Money.roubles(650));
			assertThat(work.note()).isEqualTo("после 36");
		});
	}

	@Test
	void decliningIsAnnouncedWithTheReason(Scenario scenario) {
		var planned = twoFillings("Отказов");
		plans.propose(planned.plan(), versionOf(planned));

		scenario.stimulate(() -> plans.decline(planned.plan(), versionOf(planned), "Выбрал бюджетный вариант"))
				.andWaitForEventOfType(TreatmentPlanDeclined.class)
				.matching(declined -> declined.planId().equals(planned.plan().value()))
				.toArriveAndVerify(declined -> {
					assertThat(declined.reason()).isEqualTo("Выбрал бюджетный вариант");
					assertThat(declined.totals().sum()).isEqualTo(Money.roubles(13000));
				});
		assertThat(plans.find(planned.patient(), planned.plan()).orElseThrow().status()).isEqualTo(PlanStatus.DECLINED);
	}

	@Test
	void aVisitHeardTwiceMarksItsItemDoneOnceAndStartsThePlan(Scenario scenario) {
		var planned = twoFillings("Визитов");
		plans.propose(planned.plan(), versionOf(planned));
		plans.accept(planned.plan(), versionOf(planned));
		var visit = new VisitCompleted(UUID.randomUUID(), null, planned.patient().value(), planned.doctor().value(), null,
				java.time.LocalDate.of(2026, 4, 14), Instant.parse("2026-04-14T09:30:00Z"), List.of(new PerformedProcedure(planned.on36().serviceId(),
						planned.on36().code(), planned.on36().name(), 36, "O", 1, Money.roubles(6500), null, null,
						planned.on36().id()), new PerformedProcedure(UUID.randomUUID(), "A11.07.022", "Аппликационная анестезия",
								null, null, 1, Money.roubles(400), null, null, null)), "orlov");

		scenario.publish(visit).andWaitForStateChange(() -> plans.find(planned.patient(), planned.plan()).orElseThrow(),
				plan -> plan.items().get(0).isDone())
				.andVerify(plan -> {
					assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);
					assertThat(plan.items().get(0).done()).isEqualTo(new WorkDone(visit.completedAt(), "orlov", visit.visitId()));
					assertThat(plan.items().get(1).isDone()).isFalse();
					assertThat(plan.last(PlanStatus.IN_PROGRESS)).map(PlanStatusChange::byName).contains("Орлов Андрей Сергеевич");
				});
		var afterFirst = plans.find(planned.patient(), planned.plan()).orElseThrow();

		scenario.publish(visit).andWaitForStateChange(() -> completed.findAll().stream()
				.filter(publication -> visit.equals(publication.getEvent())).count(), count -> count == 2)
				.andVerify(count -> {
					var afterSecond = plans.find(planned.patient(), planned.plan()).orElseThrow();
					assertThat(afterSecond.version()).isEqualTo(afterFirst.version());
					assertThat(afterSecond.items()).isEqualTo(afterFirst.items());
					assertThat(afterSecond.history()).isEqualTo(afterFirst.history());
				});
		assertThat(plans.outstandingWorkOf(planned.patient())).extracting(PlannedWork::itemId).containsExactly(planned.on46().id());
	}

	@Test
	void theLastItemDoneCompletesThePlan(Scenario scenario) {
		var planned = twoFillings("Завершёнов");
		plans.propose(planned.plan(), versionOf(planned));
		plans.accept(planned.plan(), versionOf(planned));
		var visit = new VisitCompleted(UUID.randomUUID(), UUID.randomUUID(), planned.patient().value(), planned.doctor().value(),
				null, java.time.LocalDate.now(), Instant.now(), List.of(procedureFor(planned.on36()), procedureFor(planned.on46())), "orlov");

		scenario.publish(visit).andWaitForStateChange(() -> plans.find(planned.patient(), planned.plan()).orElseThrow().status(),
				status -> status == PlanStatus.COMPLETED);

		assertThat(plans.find(planned.patient(), planned.plan()).orElseThrow().history()).extracting(PlanStatusChange::status)
				.containsExactly(PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.ACCEPTED, PlanStatus.IN_PROGRESS,
						PlanStatus.COMPLETED);
		assertThat(plans.outstandingWorkOf(planned.patient())).isEmpty();
	}

	static PerformedProcedure procedureFor(PlanItem item) {
		return new PerformedProcedure(item.serviceId(), item.code(), item.name(), item.tooth(), item.surfaceLetters(),
				item.quantity(), item.unitPrice(), item.discount(), null, item.id());
	}

	@Test
	void anEditorWhoSawAnEarlierVersionIsToldAndChangesNothing() {
		var planned = twoFillings("Одновременнов");
		var seen = versionOf(planned);
		plans.addStage(planned.plan(), seen, "Этап 2. Протезирование");

		assertThatExceptionOfType(PlanChangedMeanwhileException.class)
				.isThrownBy(() -> plans.removeItem(planned.plan(), seen, planned.on36().id()));
		assertThat(plans.find(planned.patient(), planned.plan()).orElseThrow().items()).hasSize(2);
	}

	@Test
	void aCopyIsAnAlternativeDraftOfTheSameWork() {
		var planned = twoFillings("Альтернативов");

		var copy = plans.copyAsAlternative(planned.plan(), "Бюджетный");

		assertThat(plans.plansOf(planned.patient())).extracting(TreatmentPlan::title).containsExactlyInAnyOrder("Рекомендуемый",
				"Бюджетный");
		assertThat(plans.find(planned.patient(), copy).orElseThrow().totals())
				.isEqualTo(plans.find(planned.patient(), planned.plan()).orElseThrow().totals());
	}

	@Test
	void everyViewPrintoutAndChangeIsInTheAuditTrail() {
		var planned = twoFillings("Аудитов");

		plans.open(planned.patient());
		plans.openForPrinting(planned.patient(), planned.plan());

		var entries = audit.search(AuditQuery.aboutPatient(planned.patient().value()), 0, 20).entries();
		assertThat(entries).filteredOn(entry -> TreatmentPlans.SECTION.equals(entry.section()))
				.extracting(entry -> entry.action().name())
				.contains("VIEW", "EXPORT", "CREATE", "CHANGE");
	}

	@Test
	void aDoctorNotOnTheStaffCannotMakeAPlan() {
		var patient = PatientsInTheChair.anAdult(registry, "Безврачов");

		assertThatExceptionOfType(InvalidPlanException.class)
				.isThrownBy(() -> plans.draft(patient, "Рекомендуемый", new StaffMemberId(UUID.randomUUID()), "Этап 1", List.of()))
				.satisfies(invalid -> assertThat(invalid.violations()).containsExactly(new Violation("doctor", "plan.doctor.unknown")));
		assertThat(plans.plansOf(patient)).isEmpty();
	}
}
