package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A person who signed in with a temporary password (a new account, a reset by the owner) sees nothing but the password
 * page until they have chosen their own; signing out stays possible.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof StaffUser user && user.isMustChangePassword()
				&& !isAllowed(request.getRequestURI().substring(request.getContextPath().length()))) {
			WholePageRedirect.to(PASSWORD_PAGE + "?required", request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/assets/")
				|| path.startsWith("/webjars/") || path.equals("/error") || path.equals("/favicon.ico");
	}
}
