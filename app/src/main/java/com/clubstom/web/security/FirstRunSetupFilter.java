package com.clubstom.web.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import com.clubstom.staff.Accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On first start (no account in the database) every page leads to the one-time setup page where the owner account is
 * created; there is no default password. Once an account exists this filter costs one in-memory check.
 */
class FirstRunSetupFilter extends OncePerRequestFilter {

	static final String SETUP = "/setup";

	private final Accounts accounts;

	FirstRunSetupFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (accounts.anyAccountExists() || isAllowedBeforeSetup(request.getRequestURI().substring(request.getContextPath().length()))) {
			chain.doFilter(request, response);
			return;
		}
		WholePageRedirect.to(SETUP, request, response);
	}

	private static boolean isAllowedBeforeSetup(String path) {
		return path.equals(SETUP) || path.startsWith("/assets/") || path.startsWith("/webjars/")
				|| path.startsWith("/actuator/health") || path.equals("/error") || path.startsWith("/api/");
	}
}
