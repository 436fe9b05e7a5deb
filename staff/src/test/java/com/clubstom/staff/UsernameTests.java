package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.clubstom.staff.Username.InvalidUsernameException;

/** What counts as a login name, and when two typed names are the same account. */
class UsernameTests {

	@Test
	void whatAPersonTypesIsTrimmedAndLowerCased() {
		assertThat(Username.of("  Dr.Orlov_2 \t").value()).isEqualTo("dr.orlov_2");
	}

	@Test
	void namesThatDifferOnlyInCaseAreTheSameUsername() {
		assertThat(Username.of("ADMIN")).isEqualTo(Username.of("admin"));
	}

	@Test
	void threeToThirtyTwoCharactersAreAllowed() {
		assertThat(Username.of("abc").value()).hasSize(3);
		assertThat(Username.of("a".repeat(32)).value()).hasSize(32);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "ab", "dr orlov", "орлов", "orlov@clinic", "o'neil", "orlov+1" })
	void rejectsNamesOutsideTheRules(String typed) {
		assertThatExceptionOfType(InvalidUsernameException.class).isThrownBy(() -> Username.of(typed));
	}

	@Test
	void rejectsNamesLongerThanThirtyTwoCharacters() {
		assertThatExceptionOfType(InvalidUsernameException.class).isThrownBy(() -> Username.of("a".repeat(33)));
	}

	@Test
	void theStoredFormIsOnlyEverLowerCase() {
		// the constructor is what the database reads back: it does not normalise, it refuses
		assertThatExceptionOfType(InvalidUsernameException.class).isThrownBy(() -> new Username("Admin"));
	}
}
