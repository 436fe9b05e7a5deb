package com.clubstom.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = {
			"8 (916) 123-45-67 | +79161234567",
			"+7 916 123 45 67  | +79161234567",
			"89161234567       | +79161234567",
			"79161234567       | +79161234567",
			"916-123-45-67     | +79161234567",
			"(495) 123.45.67   | +74951234567",
			"+375 29 123-45-67 | +375291234567",
			"+49 30 1234567    | +49301234567" })
	void theFrontDeskTypesNumbersInAnyCommonFormat(String typed, String stored) {
		assertThat(PhoneNumber.parse(typed).value()).isEqualTo(stored);
	}

	@ParameterizedTest(name = "\"{0}\" is not a phone number")
	@ValueSource(strings = { "", "   ", "123", "8916123456", "+7 916 123 45 6", "+7 916 123 45 678", "phone",
			"916-123-45-67 ext 2", "0161234567", "+0 123 456 789" })
	void whatIsNotANumberIsRefused(String typed) {
		assertThat(PhoneNumber.tryParse(typed)).isEmpty();
		assertThatExceptionOfType(PhoneNumber.InvalidPhoneNumberException.class).isThrownBy(() -> PhoneNumber.parse(typed));
	}

	@org.junit.jupiter.api.Test
	void aStoredNumberIsShownGroupedAndNoNumberAsADash() {
		assertThat(PhoneNumber.display("+79161234567")).isEqualTo("+7 916 123-45-67");
		assertThat(PhoneNumber.display(null)).isEqualTo("—");
	}

	@ParameterizedTest(name = "{0} is shown as {1}")
	@CsvSource(delimiter = '|', value = { "+79161234567 | +7 916 123-45-67", "+375291234567 | +375291234567" })
	void russianNumbersAreShownGroupedForReadingAloud(String stored, String shown) {
		assertThat(new PhoneNumber(stored).display()).isEqualTo(shown);
	}
}
