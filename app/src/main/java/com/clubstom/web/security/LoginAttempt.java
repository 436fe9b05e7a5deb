package com.clubstom.web.security;

import java.io.Serializable;

/** What the person typed as username in a failed sign-in, shown again on the login page (never the password). */
public record LoginAttempt(String username) implements Serializable {

	public static final String SESSION_KEY = LoginAttempt.class.getName();
}
