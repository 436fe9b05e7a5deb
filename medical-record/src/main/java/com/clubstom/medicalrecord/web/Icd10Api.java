package com.clubstom.medicalrecord.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clubstom.medicalrecord.Icd10;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The ICD-10 dental chapter K00–K14 for pickers and integrations, titled in the caller's language. */
@RestController
@RequestMapping("/api/icd10")
@Tag(name = "ICD-10", description = "The ICD-10 (МКБ-10) dental chapter K00–K14")
class Icd10Api {

	static final int MAX_LIMIT = 200;

	private final Icd10 icd10;

	Icd10Api(Icd10 icd10) {
		this.icd10 = icd10;
	}

	@GetMapping
	@Operation(summary = "Codes matching a code prefix (k02, K02.1) or words of the title, the best first")
	List<Entry> search(@Parameter(description = "A code or its beginning, or words of the Russian or English title")
	@RequestParam(defaultValue = "") String q,
			@Parameter(description = "At most this many (1–200)") @RequestParam(defaultValue = "20") int limit) {
		var locale = LocaleContextHolder.getLocale();
		return icd10.search(q, locale, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
				.map(entry -> new Entry(entry.code().value(), entry.title(locale))).toList();
	}

	/** A code with its title in the caller's language. */
	record Entry(String code, String title) {
	}
}
