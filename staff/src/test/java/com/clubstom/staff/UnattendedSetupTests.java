package com.clubstom.staff;

import static com.clubstom.staff.StaffFixtures.A_STRONG_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import com.clubstom.staff.Accounts.SetupAlreadyCompletedException;

/** An install configured through the environment gets its owner at start-up, and the setup page is closed. */
@ApplicationModuleTest
@TestPropertySource(properties = { "clubstom.setup.owner.username= Chief ",
		"clubstom.setup.owner.password=" + A_STRONG_PASSWORD, "clubstom.setup.owner.full-name=Соколова Елена Викторовна" })
class UnattendedSetupTests {

	@Autowired Accounts accounts;
	@Autowired UnattendedSetup unattendedSetup;
	@Autowired MongoTemplate mongo;

	@Test
	void theOwnerFromTheEnvironmentCanSignIn() {
		var owner = accounts.findForSignIn("chief").orElseThrow();

		assertThat(owner.fullName()).isEqualTo("Соколова Елена Викторовна");
		assertThat(owner.roles()).containsExactly(Role.OWNER);
		assertThat(owner.enabled()).isTrue();
	}

	@Test
	void afterwardsTheClinicIsSetUpAndARestartChangesNothing() {
		unattendedSetup.run(null);

		assertThat(mongo.count(new Query(), "staff_accounts")).isOne();
		assertThatExceptionOfType(SetupAlreadyCompletedException.class)
				.isThrownBy(() -> accounts.openFirstOwnerAccount("intruder", "Кто-то", A_STRONG_PASSWORD));
	}
}
