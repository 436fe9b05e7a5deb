package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Access refused. A refused CSRF token without a session means the session expired with the page open:
 * they are sent to the login page (by {@code HX-Redirect} for htmx) rather than shown a puzzling 403. Everyone else
 * gets the translated 403 page inside the layout.
 */
class HtmxAwareAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		// a signed-in person always has a session; a CSRF refusal without one means the session is gone
		var sessionGone = request.getSession(false) == null;
		if (denied instanceof CsrfException && sessionGone) {
			var login = request.getContextPath() + HtmxAwareEntryPoint.LOGIN_AFTER_EXPIRY;
			if (HtmxAwareEntryPoint.isHtmx(request)) {
				response.setHeader("HX-Redirect", login);
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(login);
			}
			return;
		}
		// for htmx requests the shell script turns the error status into a translated toast
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
