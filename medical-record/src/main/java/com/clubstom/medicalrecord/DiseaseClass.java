package com.clubstom.medicalrecord;

import java.util.Locale;
import java.util.Objects;

/** An entry of the ICD-10 (МКБ-10) dental chapter with its official Russian and English titles. */
public record DiseaseClass(Icd10Code code, String titleRu, String titleEn) {

	public DiseaseClass {
		Objects.requireNonNull(code, "code");
		if (titleRu == null || titleRu.isBlank() || titleEn == null || titleEn.isBlank()) {
			throw new IllegalArgumentException("Both titles are needed for " + code);
		}
	}

	/** The English title for English, the Russian one for any other language. */
	public String title(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleRu;
	}
}
