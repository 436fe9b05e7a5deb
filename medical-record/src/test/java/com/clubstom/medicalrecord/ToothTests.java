package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FDI two-digit notation: 32 permanent teeth, 20 primary ones, and nothing else. */
class ToothTests {

	@Test
	void thereAreThirtyTwoPermanentAndTwentyPrimaryTeeth() {
		var valid = java.util.stream.IntStream.rangeClosed(0, 99).filter(Tooth::isValid).boxed().toList();

		assertThat(valid).hasSize(52);
		assertThat(valid.stream().map(Tooth::of).filter(Tooth::isPrimary)).hasSize(20);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10, 19, 20, 49, 50, 56, 66, 76, 86, 91, 9, 100, -11 })
	void numbersOutsideTheNotationAreNoTeeth(int number) {
		assertThatIllegalArgumentException().isThrownBy(() -> Tooth.of(number));
	}

	@Test
	void thirtySixIsTheLowerLeftFirstMolar() {
		var tooth = Tooth.of(36);

		assertThat(tooth.quadrant()).isEqualTo(3);
		assertThat(tooth.position()).isEqualTo(6);
		assertThat(tooth.isUpper()).isFalse();
		assertThat(tooth.isOnPatientsRight()).isFalse();
		assertThat(tooth.kind()).isEqualTo(Tooth.Kind.MOLAR);
		assertThat(tooth.isPrimary()).isFalse();
	}

	@Test
	void primaryTeethHaveNoPremolarsAndAreSucceededByThePermanentOnes() {
		assertThat(Tooth.of(54).kind()).isEqualTo(Tooth.Kind.MOLAR);
		assertThat(Tooth.of(14).kind()).isEqualTo(Tooth.Kind.PREMOLAR);
		assertThat(Tooth.of(53).kind()).isEqualTo(Tooth.Kind.CANINE);
		assertThat(Tooth.of(85).successor()).isEqualTo(Tooth.of(45));
		assertThat(Tooth.of(61).successor()).isEqualTo(Tooth.of(21));
		assertThat(Tooth.of(21).successor()).isEqualTo(Tooth.of(21));
	}

	@Test
	void theChartRowsRunFromThePatientsRightToLeft() {
		assertThat(Tooth.PERMANENT_UPPER).hasSize(16).startsWith(Tooth.of(18), Tooth.of(17)).endsWith(Tooth.of(27), Tooth.of(28));
		assertThat(Tooth.PERMANENT_UPPER.subList(7, 9)).containsExactly(Tooth.of(11), Tooth.of(21));
		assertThat(Tooth.PERMANENT_LOWER).hasSize(16).startsWith(Tooth.of(48)).endsWith(Tooth.of(38));
		assertThat(Tooth.PRIMARY_UPPER).hasSize(10).startsWith(Tooth.of(55)).endsWith(Tooth.of(65));
		assertThat(Tooth.PRIMARY_LOWER).hasSize(10).startsWith(Tooth.of(85)).endsWith(Tooth.of(75));
	}

	@Test
	void dentitionFollowsAge() {
		assertThat(Dentition.forAge(4)).isEqualTo(Dentition.PRIMARY);
		assertThat(Dentition.forAge(6)).isEqualTo(Dentition.MIXED);
		assertThat(Dentition.forAge(12)).isEqualTo(Dentition.MIXED);
		assertThat(Dentition.forAge(13)).isEqualTo(Dentition.PERMANENT);
		assertThat(Dentition.MIXED.rows()).hasSize(4).flatExtracting(row -> row).hasSize(52);
	}
}
