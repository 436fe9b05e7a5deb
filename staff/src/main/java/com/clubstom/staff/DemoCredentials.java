package com.clubstom.staff;

import java.util.List;

/**
 * The {@code demo} profile's documented accounts (README): one per role, all with the same password. They exist only
 * when the application runs with the demo profile; no other profile has a default password.
 */
public final class DemoCredentials {

	/** owner, admin, doctor, assistant, accountant: in the order of {@link Role}. */
	public static final List<String> USERNAMES = List.of("owner", "admin", "doctor", "assistant", "accountant");

	public static final String PASSWORD = "demo";

	private DemoCredentials() {
	}
}
