package com.clubstom.staff;

import static com.clubstom.staff.StaffFixtures.A_STRONG_PASSWORD;
import static com.clubstom.staff.StaffFixtures.aClinicWithoutAccounts;
import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static com.clubstom.staff.StaffFixtures.itIsSundayLateEvening;
import static com.clubstom.staff.StaffFixtures.typesAWrongPassword;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/** The dashboard's figures about accounts; "today" is the clinic's day (Europe/Moscow), not the server's. */
@ApplicationModuleTest
class AccountsOverviewTests {

	// typed Clock: a bean override must match the type the replaced bean is declared with
	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired Accounts accounts;
	@Autowired MongoTemplate mongo;

	@Test
	void countsActiveHoldersLockedAccountsAndTodaysSignIns() {
		aClinicWithoutAccounts(mongo);
		itIsSundayLateEvening(clock);
		accounts.openAccount("owner", "Соколова Елена", A_STRONG_PASSWORD, Set.of(Role.OWNER, Role.DOCTOR));
		accounts.openAccount("admin", "Кузнецова Марина", A_STRONG_PASSWORD, Set.of(Role.ADMINISTRATOR));
		accounts.openAccount("doctor", "Орлов Андрей", A_STRONG_PASSWORD, Set.of(Role.DOCTOR));
		accounts.recordSuccessfulSignIn("owner");

		itIsMondayMorning(clock);
		accounts.recordSuccessfulSignIn("admin");
		typesAWrongPassword(accounts, "doctor", 5);

		var overview = accounts.overview();

		assertThat(overview.active()).isEqualTo(3);
		assertThat(overview.holdersByRole()).containsEntry(Role.DOCTOR, 2L).containsEntry(Role.OWNER, 1L)
				.containsEntry(Role.ADMINISTRATOR, 1L).containsEntry(Role.ASSISTANT, 0L).containsEntry(Role.ACCOUNTANT, 0L);
		assertThat(overview.lockedNow()).isEqualTo(1);
		assertThat(overview.signedInToday()).isEqualTo(1);
		assertThat(overview.recentSignIns()).extracting(AccountsOverview.RecentSignIn::fullName)
				.containsExactly("Кузнецова Марина", "Соколова Елена");
	}
}
