package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.clubstom.staff.Accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a failed sign-in back to the login page with the reason: wrong credentials, account disabled, or account locked
 * (also when this very attempt was the one that locked it). The typed username is kept, the password never.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final Accounts accounts;
	private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

	SignInFailureHandler(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		var username = request.getParameter("username");
		String reason;
		if (exception instanceof LockedException || (username != null && accounts.lockedUntil(username).isPresent())) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else {
			reason = "error";
		}
		request.getSession().setAttribute(LoginAttempt.SESSION_KEY, new LoginAttempt(username));
		redirects.sendRedirect(request, response, "/login?" + reason);
	}
}
