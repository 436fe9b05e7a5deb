package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where an unauthenticated page request goes. A normal request is redirected to the login page; an htmx request
 * (its session expired while the page stayed open) gets {@code HX-Redirect}, so the whole browser goes to the login
 * page instead of a login form being swapped into a fragment.
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

	static final String LOGIN_AFTER_EXPIRY = "/login?expired";

	private final AuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", request.getContextPath() + LOGIN_AFTER_EXPIRY);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		pages.commence(request, response, exception);
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}
}
