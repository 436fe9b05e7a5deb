package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The ICD-10 dental chapter as shipped, and how it is looked up. */
class Icd10Tests {

	static final Icd10 ICD10 = new Icd10();
	static final Locale RU = Locale.forLanguageTag("ru");

	@Test
	void theShippedFileParsesIntoTheWholeChapter() {
		assertThat(ICD10.all()).hasSizeBetween(110, 130);
		var categories = ICD10.all().stream().filter(entry -> entry.code().isCategory()).map(entry -> entry.code().value())
				.toList();
		assertThat(categories).containsExactly("K00", "K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09",
				"K10", "K11", "K12", "K13", "K14");
	}

	@Test
	void everyCodeIsWithinTheChapterUniqueAndHasItsCategory() {
		var seen = new HashSet<String>();
		for (var entry : ICD10.all()) {
			var code = entry.code().value();
			assertThat(code).matches("K(0\\d|1[0-4])(\\.\\d)?");
			assertThat(seen.add(code)).as("unique %s", code).isTrue();
			assertThat(ICD10.find(entry.code().category().value())).as("parent of %s", code).isPresent();
			assertThat(entry.titleRu()).isNotBlank().doesNotContainPattern("[A-Za-z]{3,}");
			assertThat(entry.titleEn()).isNotBlank().doesNotContainPattern("[А-Яа-яЁё]");
		}
	}

	@Test
	void cariesOfDentineIsTitledInBothLanguages() {
		var dentine = ICD10.find("K02.1").orElseThrow();
		assertThat(dentine.titleRu()).isEqualTo("Кариес дентина");
		assertThat(dentine.titleEn()).isEqualTo("Caries of dentine");
		assertThat(dentine.title(RU)).isEqualTo("Кариес дентина");
		assertThat(dentine.title(Locale.ENGLISH)).isEqualTo("Caries of dentine");
		assertThat(ICD10.find(" k02,1 ")).contains(dentine);
		assertThat(ICD10.find("K02.7")).isEmpty();
		assertThat(ICD10.find("K15")).isEmpty();
		assertThat(ICD10.find("кариес")).isEmpty();
		assertThat(ICD10.find(null)).isEmpty();
	}

	@Test
	void childrenAreTheSubcategoriesOfACategory() {
		assertThat(ICD10.childrenOf("K04")).extracting(entry -> entry.code().value()).containsExactly("K04.0", "K04.1",
				"K04.2", "K04.3", "K04.4", "K04.5", "K04.6", "K04.7", "K04.8", "K04.9");
		assertThat(ICD10.childrenOf("k01")).hasSize(2);
		assertThat(ICD10.childrenOf("K04.0")).isEmpty();
		assertThat(ICD10.childrenOf("Z99")).isEmpty();
	}

	@Test
	void searchFindsWordsOfTheRussianTitle() {
		assertThat(ICD10.search("кариес дент", RU, 10)).extracting(entry -> entry.code().value()).containsExactly("K02.1");
	}

	@Test
	void searchByCodeListsTheCategoryFirstThenItsSubcategories() {
		var found = ICD10.search("k04", RU, 0);
		assertThat(found).extracting(entry -> entry.code().value()).startsWith("K04", "K04.0", "K04.1").hasSize(11);
		assertThat(ICD10.search("K02.1", RU, 5)).extracting(entry -> entry.code().value()).first().isEqualTo("K02.1");
		assertThat(ICD10.search("K0", RU, 3)).extracting(entry -> entry.code().value()).containsExactly("K00", "K00.0",
				"K00.1");
	}

	@Test
	void searchFindsEnglishTitlesInEitherLanguage() {
		assertThat(ICD10.search("pulpitis", Locale.ENGLISH, 10)).extracting(entry -> entry.code().value())
				.contains("K04.0");
		assertThat(ICD10.search("Pulpitis", RU, 10)).extracting(entry -> entry.code().value()).first()
				.isEqualTo("K04.0");
	}

	@Test
	void titlesBeginningWithTheTextComeBeforeTitlesHoldingIt() {
		var caries = ICD10.search("caries", Locale.ENGLISH, 0);
		assertThat(caries).extracting(entry -> entry.code().value()).startsWith("K02.0", "K02.1", "K02.2")
				.contains("K02", "K02.9");
		assertThat(ICD10.search("кариес", RU, 2)).extracting(entry -> entry.code().value()).containsExactly("K02", "K02.0");
		assertThat(ICD10.search("пульпит", RU, 1)).extracting(entry -> entry.code().value()).containsExactly("K04.0");
		// a Russian word still finds the class for an English-speaking caller
		assertThat(ICD10.search("кариес дентина", Locale.ENGLISH, 5)).extracting(entry -> entry.code().value())
				.containsExactly("K02.1");
	}

	@Test
	void searchMindsNeitherCaseNorYo() {
		assertThat(ICD10.search("НЕУТОЧНЕННЫЙ", RU, 0)).extracting(entry -> entry.code().value()).contains("K02.9");
		assertThat(ICD10.search("твердых тканей", RU, 0)).extracting(entry -> entry.code().value()).contains("K03",
				"K03.9", "K04.3");
		assertThat(ICD10.search("желёз", RU, 0)).extracting(entry -> entry.code().value()).contains("K11");
	}

	@Test
	void searchHonoursTheLimitAndListsEverythingForBlankText() {
		assertThat(ICD10.search("", RU, 0)).isEqualTo(ICD10.all());
		assertThat(ICD10.search(null, RU, 5)).hasSize(5);
		assertThat(ICD10.search("зуб", RU, 3)).hasSize(3);
		assertThat(ICD10.search("nothing like it", RU, 10)).isEmpty();
	}

	@Test
	void codesAreValidatedWithinTheChapter() {
		assertThat(new Icd10Code("K02.1").category()).isEqualTo(new Icd10Code("K02"));
		assertThat(new Icd10Code("K14").isCategory()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new Icd10Code("K15"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Icd10Code("k02"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Icd10Code("K02.10"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Icd10Code("A02"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Icd10Code(null));
		assertThat(Icd10Code.parse("k14,9")).contains(new Icd10Code("K14.9"));
		assertThat(Icd10Code.parse("K15.0")).isEmpty();
	}

	@Test
	void aMalformedFileIsRefusedNamingTheLine() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> read("code;name\nK02;Кариес;Caries\n"))
				.withMessageContaining("line 1");
		assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> read("code;ru;en\nK02;Кариес зубов;Dental caries\nK02.1;Кариес дентина\n"))
				.withMessageContaining("line 3");
		assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> read("code;ru;en\nK02;Кариес зубов;Dental caries\nK20;Эзофагит;Oesophagitis\n"))
				.withMessageContaining("line 3").withMessageContaining("K20");
		assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> read("code;ru;en\nK02;Кариес зубов;Dental caries\nK02;Кариес;Caries\n"))
				.withMessageContaining("repeats");
		assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> read("code;ru;en\nK02.1;Кариес дентина;Caries of dentine\n"))
				.withMessageContaining("no category K02");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> new Icd10("icd10/missing.csv"))
				.withMessageContaining("icd10/missing.csv");
	}

	@Test
	void aByteOrderMarkAndWindowsLineBreaksAreRead() throws Exception {
		var read = read("\uFEFFcode;ru;en\r\nK02;Кариес зубов;Dental caries\r\n\r\nK02.1;Кариес дентина;Caries of dentine\r\n");
		assertThat(read).hasSize(2);
	}

	private static java.util.Map<Icd10Code, DiseaseClass> read(String text) throws Exception {
		return Icd10.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
	}
}
