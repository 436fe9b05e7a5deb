package com.clubstom.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owner's form for the clinic's name. */
record ClinicSettingsForm(
		@NotBlank(message = "{settings.clinic.name.required}") @Size(max = 80, message = "{settings.clinic.name.too-long}") String name) {
}
