package com.clubstom.finance.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person's role names ({@code "OWNER"}), as the finance pages ask about them. */
final class SignedIn {

	private SignedIn() {
	}

	static Set<String> rolesOf(Authentication signedIn) {
		if (signedIn == null) {
			return Set.of();
		}
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
				.collect(Collectors.toUnmodifiableSet());
	}
}
