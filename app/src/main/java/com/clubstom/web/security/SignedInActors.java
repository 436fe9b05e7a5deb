package com.clubstom.web.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/**
 * Tells the contexts (and the audit trail) who is acting: the signed-in staff member and the address the request came
 * from. Outside a request, or for nobody signed in, ClubStom itself acts.
 */
@Component
class SignedInActors implements Actors {

	@Override
	public Actor current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails user)) {
			return Actor.system();
		}
		var fullName = user instanceof StaffUser staff ? staff.getFullName() : user.getUsername();
		return new Actor(user.getUsername(), fullName, clientAddress());
	}

	/** Behind a reverse proxy configure {@code server.forward-headers-strategy} so this is the client's address. */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr()
				: "";
	}
}
