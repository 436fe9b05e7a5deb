package com.clubstom.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;

/**
 * Feeds sign-in outcomes (form login and HTTP Basic alike) to the staff context, which locks an account after repeated
 * wrong passwords. Runs synchronously, so the failure handler already sees a lock the current attempt caused.
 */
@Component
class SignInBookkeeping {

	private final Accounts accounts;

	SignInBookkeeping(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		accounts.recordFailedSignIn(failure.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (!(success.getAuthentication() instanceof RememberMeAuthenticationToken)) {
			accounts.recordSuccessfulSignIn(success.getAuthentication().getName());
		}
	}
}
