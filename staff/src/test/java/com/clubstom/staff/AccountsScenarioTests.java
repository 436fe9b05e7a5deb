package com.clubstom.staff;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.staff.StaffFixtures.A_STRONG_PASSWORD;
import static com.clubstom.staff.StaffFixtures.aClinicWithoutAccounts;
import static com.clubstom.staff.StaffFixtures.aDoctorWithAnAccount;
import static com.clubstom.staff.StaffFixtures.aNewUsername;
import static com.clubstom.staff.StaffFixtures.DOCTOR_ORLOV;
import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static com.clubstom.staff.StaffFixtures.timePasses;
import static com.clubstom.staff.StaffFixtures.typesAWrongPassword;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.clubstom.staff.Accounts.SetupAlreadyCompletedException;
import com.clubstom.staff.Accounts.UsernameTakenException;
import com.clubstom.staff.Accounts.WeakPasswordException;

/** Opening accounts and the sign-in lockout, through the context's API against a real MongoDB. */
@ApplicationModuleTest
class AccountsScenarioTests {

	// typed Clock: a bean override must match the type the replaced bean is declared with
	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired Accounts accounts;
	@Autowired MongoTemplate mongo;
	@Autowired PasswordEncoder passwords;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void eachTestContextWorksInItsOwnThrowAwayDatabase() {
		assertThat(mongo.getDb().getName()).startsWith("clubstom-staff-test-");
	}

	@Test
	void openingAnAccountAnnouncesTheUsernameAndRoles(Scenario scenario) {
		var username = aNewUsername();

		scenario.stimulate(() -> accounts.openAccount(" " + username.toUpperCase() + " ", DOCTOR_ORLOV, A_STRONG_PASSWORD,
				Set.of(Role.DOCTOR, Role.OWNER)))
				.andWaitForEventOfType(StaffAccountOpened.class)
				.matching(opened -> opened.username().equals(username))
				.toArriveAndVerify((opened, id) -> {
					assertThat(opened.accountId()).isEqualTo(id);
					assertThat(opened.fullName()).isEqualTo(DOCTOR_ORLOV);
					assertThat(opened.roles()).containsExactlyInAnyOrder(Role.DOCTOR, Role.OWNER);
					assertThat(opened.openedAt()).isEqualTo(MONDAY_MORNING);
				});
	}

	@Test
	void theFifthWrongPasswordLocksTheAccountOutForFifteenMinutes(Scenario scenario) {
		var doctor = aDoctorWithAnAccount(accounts);
		typesAWrongPassword(accounts, doctor, 4);
		assertThat(accounts.lockedUntil(doctor)).isEmpty();
		var fifteenMinutesLater = MONDAY_MORNING.plus(Duration.ofMinutes(15));

		scenario.stimulate(() -> accounts.recordFailedSignIn(doctor))
				.andWaitForEventOfType(StaffAccountLockedOut.class)
				.matching(lockedOut -> lockedOut.username().equals(doctor))
				.toArriveAndVerify(lockedOut -> {
					assertThat(lockedOut.lockedAt()).isEqualTo(MONDAY_MORNING);
					assertThat(lockedOut.lockedUntil()).isEqualTo(fifteenMinutesLater);
					assertThat(accounts.lockedUntil(doctor)).contains(fifteenMinutesLater);
				});

		timePasses(clock, Duration.ofMinutes(15));
		assertThat(accounts.lockedUntil(doctor)).isEmpty();
	}

	@Test
	void aSuccessfulSignInForgetsEarlierWrongPasswords() {
		var doctor = aDoctorWithAnAccount(accounts);

		typesAWrongPassword(accounts, doctor, 4);
		accounts.recordSuccessfulSignIn(doctor);
		typesAWrongPassword(accounts, doctor, 4);

		assertThat(accounts.lockedUntil(doctor)).isEmpty();
		assertThat(accounts.findForSignIn(doctor).orElseThrow().isLockedAt(MONDAY_MORNING)).isFalse();
	}

	@Test
	void thePasswordIsStoredOnlyAsABcryptHash() {
		var id = accounts.openAccount(aNewUsername(), DOCTOR_ORLOV, A_STRONG_PASSWORD, Set.of(Role.DOCTOR));

		var stored = mongo.findById(id.value(), Document.class, "staff_accounts");

		assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}$2");
		assertThat(passwords.matches(A_STRONG_PASSWORD, stored.getString("passwordHash"))).isTrue();
		assertThat(stored.toJson()).doesNotContain(A_STRONG_PASSWORD);
	}

	@Test
	void aUsernameBelongsToOneAccountWhateverItsCase() {
		var doctor = aDoctorWithAnAccount(accounts);

		assertThatExceptionOfType(UsernameTakenException.class).isThrownBy(() -> accounts.openAccount(doctor.toUpperCase(),
				"Другой Врач", A_STRONG_PASSWORD, Set.of(Role.DOCTOR)));
		assertThat(accounts.exists(doctor.toUpperCase())).isTrue();
	}

	@Test
	void theFirstOwnerMustChooseAStrongPassword() {
		aClinicWithoutAccounts(mongo);

		assertThatExceptionOfType(WeakPasswordException.class)
				.isThrownBy(() -> accounts.openFirstOwnerAccount("owner", "Соколова Елена", "owner"))
				.satisfies(weak -> assertThat(weak.violations()).containsExactly("password.too-short",
						"password.needs-digit", "password.contains-username"));
		assertThat(accounts.exists("owner")).isFalse();
	}

	@Test
	void theClinicIsSetUpOnlyOnce() {
		aClinicWithoutAccounts(mongo);
		accounts.openFirstOwnerAccount("Owner", "Соколова Елена", A_STRONG_PASSWORD);

		assertThat(accounts.findForSignIn("owner").orElseThrow().roles()).containsExactly(Role.OWNER);
		assertThatExceptionOfType(SetupAlreadyCompletedException.class)
				.isThrownBy(() -> accounts.openFirstOwnerAccount("second.owner", "Кузнецова Марина", A_STRONG_PASSWORD));
	}
}
