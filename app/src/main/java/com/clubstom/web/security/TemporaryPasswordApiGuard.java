package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A temporary password opens no door in the API: it must first be replaced on the password page. Refused as a 403
 * problem, like any other refusal of the API.
 */
class TemporaryPasswordApiGuard extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof StaffUser user && user.isMustChangePassword()) {
			throw new AccessDeniedException("Choose your own password on " + PasswordChangeRequiredFilter.PASSWORD_PAGE);
		}
		chain.doFilter(request, response);
	}
}
