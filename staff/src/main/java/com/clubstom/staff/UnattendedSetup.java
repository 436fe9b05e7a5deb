package com.clubstom.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Unattended installs: when {@code CLUBSTOM_OWNER_USERNAME} and {@code CLUBSTOM_OWNER_PASSWORD} are given and the database
 * has no account yet, the owner account is created from them at start-up instead of through the setup page.
 */
@Component
@Order(0)
class UnattendedSetup implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(UnattendedSetup.class);

	private final Accounts accounts;
	private final String username;
	private final String password;
	private final String fullName;

	UnattendedSetup(Accounts accounts, @Value("${clubstom.setup.owner.username:}") String username,
			@Value("${clubstom.setup.owner.password:}") String password,
			@Value("${clubstom.setup.owner.full-name:}") String fullName) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
		this.fullName = fullName.isBlank() ? username : fullName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username.isBlank() || password.isBlank() || accounts.anyAccountExists()) {
			return;
		}
		accounts.openFirstOwnerAccount(username, fullName, password);
		LOG.info("Created the owner account '{}' from the environment (unattended setup)", username);
	}
}
