package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import com.clubstom.medicalrecord.Icd10;

/** The ICD-10 lookup answers in the caller's language. */
class Icd10ApiTests {

	final Icd10Api api = new Icd10Api(new Icd10());

	@AfterEach
	void forgetTheLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void answersInRussian() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru-RU"));
		assertThat(api.search("K02.1", 1)).containsExactly(new Icd10Api.Entry("K02.1", "Кариес дентина"));
	}

	@Test
	void answersInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(api.search("pulpitis", 20)).contains(new Icd10Api.Entry("K04.0", "Pulpitis"));
	}

	@Test
	void keepsTheLimitWithinBounds() {
		assertThat(api.search("", 0)).hasSize(1);
		assertThat(api.search("", 1000)).hasSizeLessThanOrEqualTo(Icd10Api.MAX_LIMIT).hasSizeGreaterThan(100);
	}
}
