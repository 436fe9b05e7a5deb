package com.clubstom.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first-run form that creates the owner account. */
record SetupForm(
		@NotBlank(message = "{setup.full-name.required}") @Size(max = 120, message = "{setup.full-name.too-long}") String fullName,
		@NotBlank(message = "{setup.username.required}")
		@Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,32}\\s*", message = "{setup.username.invalid}") String username,
		String password,
		String passwordConfirmation) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}
}
