package com.clubstom.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends the browser to another page as a whole. An ordinary request gets a redirect; an htmx request gets
 * {@code HX-Redirect} (status 401, so nothing is swapped in the meantime), otherwise htmx would follow the redirect
 * itself and swap, say, the login page into a fragment of the page that is open.
 */
final class WholePageRedirect {

	private WholePageRedirect() {
	}

	static void to(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
		var location = request.getContextPath() + path;
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", location);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(location);
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}
}
