package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;

/** The demo clinic's charts: most demo patients have one, Петров among them, and every entry keeps the chart's rules. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoChartsTests {

	@Autowired DentalCharts charts;
	@Autowired PatientRegistry registry;
	@Autowired Charting charting;

	@Test
	void theDemoPatientsHaveChartsWithHistory() {
		var all = charts.findAll();

		assertThat(all).hasSizeGreaterThan(80);
		assertThat(all).allSatisfy(chart -> assertThat(chart.findings().size() + chart.diagnoses().size()).isPositive());
		assertThat(all).anySatisfy(chart -> assertThat(charting.recordingDays(chart)).hasSizeGreaterThan(1));
		assertThat(all).anySatisfy(chart -> assertThat(chart.asOf(charting.now()).teeth().values())
				.anySatisfy(tooth -> assertThat(tooth.has(ToothCondition.FILLING)).isTrue()));
		var petrov = registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().get(0).id();
		assertThat(charts.findById(petrov.value())).isPresent();
	}
}
