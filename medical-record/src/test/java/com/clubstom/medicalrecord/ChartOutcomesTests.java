package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The nomenclature code of a service says what it leaves on the tooth. */
class ChartOutcomesTests {

	@Test
	void restorationsLeaveFillingsAndATemporaryOneATemporaryFilling() {
		assertThat(ChartOutcomes.of("A16.07.002.001")).contains(ToothCondition.FILLING);
		assertThat(ChartOutcomes.of("A16.07.002.009")).contains(ToothCondition.TEMPORARY_FILLING);
		assertThat(ChartOutcomes.of("A16.07.057")).contains(ToothCondition.SEALANT);
	}

	@Test
	void extractionsCrownsCanalsAndImplantsLeaveTheirMarks() {
		assertThat(ChartOutcomes.of("A16.07.001.002")).contains(ToothCondition.MISSING);
		assertThat(ChartOutcomes.of("A16.07.004.001")).contains(ToothCondition.CROWN);
		assertThat(ChartOutcomes.of("A16.07.008.002")).contains(ToothCondition.ROOT_CANAL_TREATED);
		assertThat(ChartOutcomes.of("A16.07.054")).contains(ToothCondition.IMPLANT);
	}

	@Test
	void consultationsHealingAbutmentsAndUncodedServicesLeaveNothing() {
		assertThat(ChartOutcomes.of("B01.065.001")).isEmpty();
		assertThat(ChartOutcomes.of("A16.07.054.002")).isEmpty();
		assertThat(ChartOutcomes.of("A16.07.0020")).isEmpty();
		assertThat(ChartOutcomes.of(null)).isEmpty();
	}
}
