package com.clubstom.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

	@Test
	void namesAreFoldedToLowerCaseWithYoAsYe() {
		assertThat(SearchText.fold("  СЕМЁНОВА ")).isEqualTo("семенова");
		assertThat(SearchText.words("Мамин-Сибиряк  Пётр")).containsExactly("мамин", "сибиряк", "петр");
	}

	@Test
	void everySuffixOfEveryNameWordAndPhoneIsAKeySoAnyPartOfAWordIsTheStartOfAKey() {
		var keys = SearchKeys.of("Пётр", "Ли", null, List.of("+79161234567"));

		assertThat(keys).contains("петр", "етр", "тр", "р", "ли", "и", "#79161234567", "#1234567", "#67", "#7")
				.doesNotContain("пётр", "79161234567");
	}

	@Test
	void severalWordsBecomeSeveralTermsLongestFirst() {
		var terms = SearchTerms.parse("иван ПЕТР");

		assertThat(terms.keyPrefixes()).containsExactly(List.of("иван"), List.of("петр"));
		assertThat(terms.birthDate()).isEmpty();
	}

	@Test
	void aPhoneTypedWithSpacesAndBracketsIsOneRunOfDigits() {
		assertThat(SearchTerms.parse("(916) 123-45").keyPrefixes()).containsExactly(List.of("#91612345"));
	}

	@Test
	void aRunStartingWithTheTrunkPrefixEightIsAlsoLookedForWithTheCountryCode() {
		assertThat(SearchTerms.parse("8 916 123").keyPrefixes()).containsExactly(List.of("#8916123", "#7916123"));
	}

	@Test
	void aDateOfBirthIsRecognisedInRussianAndIsoForm() {
		assertThat(SearchTerms.parse("12.03.1985").birthDate()).contains(LocalDate.of(1985, 3, 12));
		assertThat(SearchTerms.parse("1985-03-12 петр").birthDate()).contains(LocalDate.of(1985, 3, 12));
		assertThat(SearchTerms.parse("1985-03-12 петр").keyPrefixes()).containsExactly(List.of("петр"));
	}

	@Test
	void anImpossibleDateIsSearchedAsDigits() {
		var terms = SearchTerms.parse("31.02.1990");

		assertThat(terms.birthDate()).isEmpty();
		assertThat(terms.keyPrefixes()).containsExactly(List.of("#31021990"));
	}

	@Test
	void blankTextSearchesForEverything() {
		assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
	}
}
