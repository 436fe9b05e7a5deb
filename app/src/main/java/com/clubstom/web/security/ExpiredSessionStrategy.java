package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.web.session.InvalidSessionStrategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser sent a session that no longer exists (timed out, or the server restarted): start a fresh session and go
 * to the login page, which says the session expired. Spring Security also calls this when a state-changing request
 * arrives without the session that held its CSRF token, so an htmx form posted after a timeout ends up here too.
 */
class ExpiredSessionStrategy implements InvalidSessionStrategy {

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.getSession(true);
		WholePageRedirect.to(HtmxAwareEntryPoint.LOGIN_AFTER_EXPIRY, request, response);
	}
}
