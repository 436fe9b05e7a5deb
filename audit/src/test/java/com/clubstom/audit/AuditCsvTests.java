package com.clubstom.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quoting as RFC 4180 says, and the defusing of formulas. */
class AuditCsvTests {

	@Test
	void plainValuesAreWrittenAsTheyAre() {
		assertThat(AuditCsv.quoted("Петрова Анна Ивановна")).isEqualTo("Петрова Анна Ивановна");
		assertThat(AuditCsv.quoted("")).isEmpty();
	}

	@Test
	void valuesWithSeparatorsQuotesOrLineBreaksAreQuoted() {
		assertThat(AuditCsv.quoted("phone, email")).isEqualTo("\"phone, email\"");
		assertThat(AuditCsv.quoted("ООО \"Улыбка\"")).isEqualTo("\"ООО \"\"Улыбка\"\"\"");
		assertThat(AuditCsv.quoted("first\nsecond")).isEqualTo("\"first\nsecond\"");
		assertThat(AuditCsv.quoted("first\r\nsecond")).isEqualTo("\"first\r\nsecond\"");
		assertThat(AuditCsv.quoted("a;b")).isEqualTo("\"a;b\"");
		assertThat(AuditCsv.quoted(" padded ")).isEqualTo("\" padded \"");
	}

	@Test
	void textsStartingLikeAFormulaGetAnApostrophe() {
		assertThat(AuditCsv.text("=1+2")).isEqualTo("'=1+2");
		assertThat(AuditCsv.text("+7 900")).isEqualTo("'+7 900");
		assertThat(AuditCsv.text("-5")).isEqualTo("'-5");
		assertThat(AuditCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditCsv.text("Орлов")).isEqualTo("Орлов");
		assertThat(AuditCsv.text(null)).isEmpty();
	}
}
