package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strength rules for chosen passwords; every broken rule is reported at once. */
class PasswordPolicyTests {

	@Test
	void aLongPasswordWithLettersAndDigitsIsAcceptable() {
		assertThat(PasswordPolicy.violations("Premolar-2025", "dr.orlov")).isEmpty();
	}

	@Test
	void tenCharactersAreEnoughAndNineAreNot() {
		assertThat(PasswordPolicy.violations("abcdefgh12", "owner")).isEmpty();
		assertThat(PasswordPolicy.violations("abcdefg12", "owner")).containsExactly("password.too-short");
	}

	@Test
	void aPasswordNeedsALetterAndADigit() {
		assertThat(PasswordPolicy.violations("1234567890", "owner")).containsExactly("password.needs-letter");
		assertThat(PasswordPolicy.violations("abcdefghij", "owner")).containsExactly("password.needs-digit");
	}

	@Test
	void aPasswordMustNotContainTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.violations("MyOrlov2025x", " Orlov ")).containsExactly("password.contains-username");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(PasswordPolicy.violations("owner", "owner")).containsExactly("password.too-short",
				"password.needs-digit", "password.contains-username");
		assertThat(PasswordPolicy.violations(null, "owner")).containsExactly("password.too-short",
				"password.needs-letter", "password.needs-digit");
	}

	@Test
	void withoutAUsernameOnlyTheStrengthRulesApply() {
		assertThat(PasswordPolicy.violations("Premolar-2025", null)).isEmpty();
		assertThat(PasswordPolicy.violations("Premolar-2025", "  ")).isEmpty();
	}
}
