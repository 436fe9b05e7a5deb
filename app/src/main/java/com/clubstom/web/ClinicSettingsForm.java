package com.clubstom.web;

import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's form for the clinic's name, address and opening hours. */
record ClinicSettingsForm(
		@NotBlank(message = "{settings.clinic.name.required}") @Size(max = 80, message = "{settings.clinic.name.too-long}") String name,
		@Size(max = 200, message = "{settings.clinic.address.too-long}") String address,
		@NotNull(message = "{settings.clinic.opens.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime opens,
		@NotNull(message = "{settings.clinic.closes.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime closes) {
}
