package com.clubstom.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clubstom.staff.Accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the owner locks or deactivates an account, the person's open sessions end too, not only their next sign-in: once a
 * minute per session the account is looked up again (one indexed read), and a session whose account may no longer sign
 * in is closed and sent to the login page.
 */
class AccountStillAllowedFilter extends OncePerRequestFilter {

	static final Duration CHECK_EVERY = Duration.ofMinutes(1);
	private static final String CHECKED_AT = AccountStillAllowedFilter.class.getName() + ".checkedAt";

	private final Accounts accounts;
	private final Clock clock;

	AccountStillAllowedFilter(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && signedIn != null && signedIn.getPrincipal() instanceof StaffUser user) {
			var now = clock.instant();
			var checkedAt = (Instant) session.getAttribute(CHECKED_AT);
			if (checkedAt == null || !now.isBefore(checkedAt.plus(CHECK_EVERY))) {
				var account = accounts.findForSignIn(user.getUsername());
				var refusal = account.isEmpty() || !account.get().enabled() ? "disabled"
						: account.get().isLockedAt(now) ? "locked" : null;
				if (refusal != null) {
					session.invalidate();
					SecurityContextHolder.clearContext();
					WholePageRedirect.to("/login?" + refusal, request, response);
					return;
				}
				session.setAttribute(CHECKED_AT, now);
			}
		}
		chain.doFilter(request, response);
	}
}
