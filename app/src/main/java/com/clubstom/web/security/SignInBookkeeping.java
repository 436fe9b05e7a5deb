package com.clubstom.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;

/**
 * Feeds sign-in outcomes to the staff context, which locks an account after repeated
 * wrong passwords (typed in the login form or sent with HTTP Basic alike). Runs synchronously, so the failure handler already sees a lock the current attempt caused.
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

	/**
	 * A person signed in (login form, or remember-me at the start of a visit). HTTP Basic calls of the API authenticate
	 * on every request and publish no interactive event, so they cost no write and do not count as sign-ins.
	 */
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent success) {
		accounts.recordSuccessfulSignIn(success.getAuthentication().getName());
	}
}
