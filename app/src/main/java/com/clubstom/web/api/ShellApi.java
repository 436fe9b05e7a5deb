package com.clubstom.web.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.Role;
import com.clubstom.web.security.StaffUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who is calling and which clinic this is: the first thing an integration asks. */
@RestController
@RequestMapping("/api")
@Tag(name = "Clinic", description = "The clinic and the calling staff account")
class ShellApi {

	private final ClinicProfile clinic;

	ShellApi(ClinicProfile clinic) {
		this.clinic = clinic;
	}

	@GetMapping("/me")
	@Operation(summary = "The staff account the request is authenticated as")
	Me me(@AuthenticationPrincipal StaffUser me) {
		return new Me(me.getUsername(), me.getFullName(), me.getRoles());
	}

	@GetMapping("/clinic")
	@Operation(summary = "The clinic's name, time zone and currency")
	Clinic clinic() {
		return new Clinic(clinic.name(), clinic.timeZone().getId(), clinic.currency().getCurrencyCode());
	}

	record Me(String username, String fullName, List<Role> roles) {
	}

	record Clinic(String name, String timeZone, String currency) {
	}
}
