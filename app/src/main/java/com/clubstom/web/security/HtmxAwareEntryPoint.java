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
 * (its session expired while the page stayed open) sends the whole browser to the login page, which says so.
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

	static final String LOGIN_AFTER_EXPIRY = "/login?expired";

	private final AuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (WholePageRedirect.isHtmx(request)) {
			WholePageRedirect.to(LOGIN_AFTER_EXPIRY, request, response);
			return;
		}
		pages.commence(request, response, exception);
	}
}
