package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;

/**
 * The demo clinic's treatment plans follow the demo charts: every filling planned is on a tooth with caries still open;
 * Петров's recommended plan is in progress and his budget one declined, and the other patients' plans stand at every step.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoPlansTests {

	@Autowired StoredTreatmentPlans plans;
	@Autowired PatientRegistry registry;
	@Autowired Charting charting;
	@Autowired TreatmentPlans treatmentPlans;

	@Test
	void theDemoPatientsHavePlansAtEveryStepFillingTheirOpenCaries() {
		var all = plans.findAll();

		assertThat(all).extracting(TreatmentPlan::status).contains(PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.ACCEPTED,
				PlanStatus.IN_PROGRESS, PlanStatus.DECLINED);
		assertThat(all).allSatisfy(plan -> {
			assertThat(plan.items()).isNotEmpty();
			var chart = charting.chartOf(plan.patient()).asOf(charting.now());
			assertThat(plan.items()).filteredOn(item -> item.tooth() != null).allSatisfy(item -> assertThat(
					chart.of(Tooth.of(item.tooth())).has(ToothCondition.CARIES)).as("caries on %s", item.tooth()).isTrue());
		});
		assertThat(all).anySatisfy(plan -> assertThat(plan.items()).anySatisfy(item -> assertThat(item.name()).contains("пломбой")));

		var petrov = registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().get(0).id();
		assertThat(treatmentPlans.plansOf(petrov)).extracting(TreatmentPlan::title, TreatmentPlan::status).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("Рекомендуемый", PlanStatus.IN_PROGRESS),
				org.assertj.core.groups.Tuple.tuple("Бюджетный", PlanStatus.DECLINED));
		assertThat(treatmentPlans.outstandingWorkOf(petrov)).isNotEmpty().noneMatch(work -> work.code().equals("A16.07.051.001"));
	}
}
