package com.clubstom.patients.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * How much of a patient a person may see, from their roles: the front desk and the owner everything; doctors and
 * assistants everything but identity documents and insurance; the accountant names and contacts only. The access
 * rules decide which pages a role may open; this decides what those pages show.
 */
enum Disclosure {

	/** OWNER, ADMINISTRATOR: everything, including documents and insurance, and may edit it all. */
	FULL,
	/** DOCTOR, ASSISTANT: the personal profile without documents and insurance; may correct contacts. */
	CLINICAL,
	/** ACCOUNTANT: names and contacts. */
	CONTACTS;

	static Disclosure of(Authentication signedIn) {
		return of(rolesOf(signedIn));
	}

	static Disclosure of(Set<String> roles) {
		if (roles.contains("OWNER") || roles.contains("ADMINISTRATOR")) {
			return FULL;
		}
		if (roles.contains("DOCTOR") || roles.contains("ASSISTANT")) {
			return CLINICAL;
		}
		return CONTACTS;
	}

	/** Role names ({@code "DOCTOR"}) of the signed-in person, as card tabs and alerts are asked about them. */
	static Set<String> rolesOf(Authentication signedIn) {
		if (signedIn == null) {
			return Set.of();
		}
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
				.collect(Collectors.toUnmodifiableSet());
	}

	public boolean showsDocuments() {
		return this == FULL;
	}

	/** Date of birth, sex, tags, notes, representative, how they found us, consent. */
	public boolean showsPersonalDetails() {
		return this != CONTACTS;
	}

	public boolean editsEverything() {
		return this == FULL;
	}

	public boolean editsContacts() {
		return this != CONTACTS;
	}
}
