package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's documented accounts: one per role, password "demo", seeded once however often it starts. */
@ApplicationModuleTest
@ActiveProfiles("demo")
class DemoAccountsTests {

	@Autowired Accounts accounts;
	@Autowired DemoAccounts demoAccounts;
	@Autowired PasswordEncoder passwords;
	@Autowired MongoTemplate mongo;

	@Test
	void everyRoleHasItsDemoAccountWithTheDocumentedPassword() {
		for (int i = 0; i < Role.values().length; i++) {
			var account = accounts.findForSignIn(DemoCredentials.USERNAMES.get(i)).orElseThrow();

			assertThat(account.roles()).containsExactly(Role.values()[i]);
			assertThat(passwords.matches(DemoCredentials.PASSWORD, account.passwordHash())).isTrue();
		}
	}

	@Test
	void aRestartLeavesTheDemoAccountsAsTheyAre() {
		accounts.recordSuccessfulSignIn("doctor");
		var before = accounts.findForSignIn("doctor").orElseThrow();

		demoAccounts.run(null);

		assertThat(mongo.count(new Query(), "staff_accounts")).isEqualTo(DemoCredentials.USERNAMES.size());
		assertThat(accounts.findForSignIn("doctor")).contains(before);
	}
}
