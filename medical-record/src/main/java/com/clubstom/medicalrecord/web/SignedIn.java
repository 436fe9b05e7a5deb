package com.clubstom.medicalrecord.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the signed-in person by name ({@code "DOCTOR"}), as {@link com.clubstom.medicalrecord.ClinicalAccess} reads them. */
final class SignedIn {

	private static final String PREFIX = "ROLE_";

	private SignedIn() {
	}

	static Set<String> roles(Authentication signedIn) {
		if (signedIn == null) {
			return Set.of();
		}
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith(PREFIX)).map(authority -> authority.substring(PREFIX.length()))
				.collect(Collectors.toUnmodifiableSet());
	}
}
