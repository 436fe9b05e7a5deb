package com.clubstom.staff;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's accounts: one per role, each with the password {@value DemoCredentials#PASSWORD} (documented in README).
 * Idempotent: accounts that exist are left alone, so restarts keep what was changed.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	/** username -> (full name, role); the names are the demo clinic's staff. */
	static final Map<String, Map.Entry<String, Role>> PEOPLE = Map.of(
			DemoCredentials.USERNAMES.get(0), Map.entry("Соколова Елена Викторовна", Role.OWNER),
			DemoCredentials.USERNAMES.get(1), Map.entry("Кузнецова Марина Игоревна", Role.ADMINISTRATOR),
			DemoCredentials.USERNAMES.get(2), Map.entry("Орлов Андрей Сергеевич", Role.DOCTOR),
			DemoCredentials.USERNAMES.get(3), Map.entry("Белова Ольга Петровна", Role.ASSISTANT),
			DemoCredentials.USERNAMES.get(4), Map.entry("Морозова Татьяна Николаевна", Role.ACCOUNTANT));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		PEOPLE.forEach((username, person) -> {
			if (!accounts.exists(username)) {
				try {
					accounts.openAccount(username, person.getKey(), DemoCredentials.PASSWORD, Set.of(person.getValue()));
				}
				catch (Accounts.UsernameTakenException anotherNodeWasFaster) {
					// seeded concurrently by another node: nothing to do
				}
			}
		});
	}
}
