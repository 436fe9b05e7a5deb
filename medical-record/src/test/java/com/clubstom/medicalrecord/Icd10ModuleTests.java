package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The medical record starts with the ICD-10 dental chapter loaded. */
// the medical record looks patients up (the questionnaire), so the patients context boots with it
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class Icd10ModuleTests {

	@Autowired Icd10 icd10;

	@Test
	void theChapterIsLoadedAtStart() {
		assertThat(icd10.find("K04.0")).map(DiseaseClass::titleEn).contains("Pulpitis");
		assertThat(icd10.all()).hasSizeGreaterThan(100);
	}
}
