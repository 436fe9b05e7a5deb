package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.web.session.InvalidSessionStrategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser sent a session that no longer exists (timed out, or the server restarted): start a fresh session and go
 * to the login page, which says the session expired. For htmx requests the whole page goes there ({@code HX-Redirect}).
 */
class ExpiredSessionStrategy implements InvalidSessionStrategy {

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.getSession(true);
		var login = request.getContextPath() + HtmxAwareEntryPoint.LOGIN_AFTER_EXPIRY;
		if (HtmxAwareEntryPoint.isHtmx(request)) {
			response.setHeader("HX-Redirect", login);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(login);
	}
}
