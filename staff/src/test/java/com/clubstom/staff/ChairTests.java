package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** A chair's name and notes. */
class ChairTests {

	@Test
	void aChairNeedsAName() {
		assertThatExceptionOfType(InvalidChairException.class).isThrownBy(() -> Chair.install("  ", null))
				.satisfies(refused -> assertThat(refused.violations()).containsExactly(new RuleViolation("name", "chair.name.required")));
	}

	@Test
	void namesCompareWithoutCaseSpacesOrTheDotsOfYo() {
		assertThat(Chair.keyOf(" Кабинет  гигиениста ")).isEqualTo(Chair.keyOf("кабинет гигиениста"));
		assertThat(Chair.keyOf("Ёмкий кабинет")).isEqualTo(Chair.keyOf("емкий кабинет"));
	}

	@Test
	void aNewChairIsInServiceWithTrimmedTexts() {
		var chair = Chair.install(" Кресло 1 — терапия ", "  ");

		assertThat(chair.name()).isEqualTo("Кресло 1 — терапия");
		assertThat(chair.equipmentNotes()).isNull();
		assertThat(chair.isActive()).isTrue();
	}
}
