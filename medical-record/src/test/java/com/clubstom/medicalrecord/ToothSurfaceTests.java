package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The surface letters depend on the tooth: O or I, B or V, L or P. */
class ToothSurfaceTests {

	@Test
	void aLowerMolarHasMesialOcclusalDistalBuccalAndLingualSurfaces() {
		var molar = Tooth.of(36);

		assertThat(java.util.Arrays.stream(ToothSurface.values()).map(surface -> surface.letterOn(molar)))
				.containsExactly("M", "O", "D", "B", "L");
	}

	@Test
	void anUpperIncisorHasAnIncisalEdgeAVestibularAndAPalatalSurface() {
		var incisor = Tooth.of(11);

		assertThat(java.util.Arrays.stream(ToothSurface.values()).map(surface -> surface.letterOn(incisor)))
				.containsExactly("M", "I", "D", "V", "P");
	}

	@Test
	void eitherLetterOfAPairNamesTheSameSurface() {
		assertThat(ToothSurface.ofLetter("o")).isEqualTo(ToothSurface.OCCLUSAL);
		assertThat(ToothSurface.ofLetter("I")).isEqualTo(ToothSurface.OCCLUSAL);
		assertThat(ToothSurface.ofLetter("V")).isEqualTo(ToothSurface.VESTIBULAR);
		assertThat(ToothSurface.ofLetter("P")).isEqualTo(ToothSurface.ORAL);
		assertThatIllegalArgumentException().isThrownBy(() -> ToothSurface.ofLetter("X"));
	}

	@Test
	void aFindingWritesItsSurfacesInChartOrder() {
		var finding = new Finding(java.util.UUID.randomUUID(), Tooth.of(46), ToothCondition.FILLING,
				java.util.Set.of(ToothSurface.DISTAL, ToothSurface.MESIAL, ToothSurface.OCCLUSAL), null,
				java.time.Instant.now(), new Clinician("doctor", "Орлов А. С."));

		assertThat(finding.surfaceLetters()).isEqualTo("MOD");
	}
}
