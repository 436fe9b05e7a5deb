package com.clubstom.staff;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.staff.StaffFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.modulith.test.AggregateTestUtils.eventsOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.clubstom.staff.StaffAccount.SignInLockoutPolicy;

/** The account's own rules: who may open one, and the lockout that stops password guessing. */
class StaffAccountTests {

	static final SignInLockoutPolicy POLICY = SignInLockoutPolicy.STANDARD;

	@Test
	void openingAnAccountAnnouncesWhoItIsFor() {
		var account = StaffAccount.open(Username.of("Dr.Orlov"), "  Орлов Андрей Сергеевич ", "{noop}hash",
				Set.of(Role.DOCTOR, Role.OWNER), MONDAY_MORNING);

		assertThat(account.fullName()).isEqualTo("Орлов Андрей Сергеевич");
		assertThat(account.isEnabled()).isTrue();
		assertThat(eventsOf(account).ofType(StaffAccountOpened.class)).containsExactly(new StaffAccountOpened(account.id(),
				"dr.orlov", "Орлов Андрей Сергеевич", Set.of(Role.DOCTOR, Role.OWNER), MONDAY_MORNING));
	}

	@Test
	void anAccountNeedsThePersonsName() {
		for (var missingName : new String[] { null, "", "   " }) {
			assertThatIllegalArgumentException().isThrownBy(() -> StaffAccount.open(Username.of("nurse"), missingName,
					"{noop}hash", Set.of(Role.ASSISTANT), MONDAY_MORNING));
		}
	}

	@Test
	void anAccountNeedsAtLeastOneRole() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> StaffAccount.open(Username.of("nurse"), "Белова Ольга", "{noop}hash", Set.of(), MONDAY_MORNING));
		assertThatIllegalArgumentException().isThrownBy(
				() -> StaffAccount.open(Username.of("nurse"), "Белова Ольга", "{noop}hash", null, MONDAY_MORNING));
	}

	@Test
	void fourWrongPasswordsDoNotLockTheAccount() {
		var account = anAccount();

		failSignIn(account, 4, MONDAY_MORNING);

		assertThat(account.isLockedAt(MONDAY_MORNING)).isFalse();
		assertThat(account.lockedUntil()).isNull();
		assertThat(account.failedSignIns()).isEqualTo(4);
		assertThat(eventsOf(account).ofType(StaffAccountLockedOut.class)).isEmpty();
	}

	@Test
	void theFifthWrongPasswordLocksTheAccountForExactlyFifteenMinutes() {
		var account = anAccount();
		var fifthAttempt = MONDAY_MORNING.plusSeconds(90);
		var fifteenMinutesLater = fifthAttempt.plus(Duration.ofMinutes(15));

		failSignIn(account, 4, MONDAY_MORNING);
		account.signInFailed(fifthAttempt, POLICY);

		assertThat(account.lockedUntil()).isEqualTo(fifteenMinutesLater);
		assertThat(account.isLockedAt(fifteenMinutesLater.minusMillis(1))).isTrue();
		assertThat(account.isLockedAt(fifteenMinutesLater)).isFalse();
		assertThat(eventsOf(account).ofType(StaffAccountLockedOut.class)).containsExactly(
				new StaffAccountLockedOut(account.id(), "dr.orlov", fifthAttempt, fifteenMinutesLater));
	}

	@Test
	void wrongPasswordsWhileLockedNeitherCountNorExtendTheLock() {
		var account = anAccount();
		failSignIn(account, 5, MONDAY_MORNING);
		var lockedUntil = account.lockedUntil();

		failSignIn(account, 7, MONDAY_MORNING.plus(Duration.ofMinutes(10)));

		assertThat(account.lockedUntil()).isEqualTo(lockedUntil);
		assertThat(account.failedSignIns()).isZero();
		assertThat(eventsOf(account).ofType(StaffAccountLockedOut.class)).hasSize(1);
	}

	@Test
	void aSuccessfulSignInForgetsEarlierWrongPasswords() {
		var account = anAccount();
		var signedInAt = MONDAY_MORNING.plusSeconds(60);

		failSignIn(account, 4, MONDAY_MORNING);
		account.signedIn(signedInAt);
		failSignIn(account, 4, signedInAt);

		assertThat(account.isLockedAt(signedInAt)).isFalse();
		assertThat(account.failedSignIns()).isEqualTo(4);
		assertThat(account.lastSignInAt()).isEqualTo(signedInAt);
	}

	@Test
	void afterTheLockExpiresTheCountStartsAfresh() {
		var account = anAccount();
		failSignIn(account, 5, MONDAY_MORNING);
		var expired = account.lockedUntil();

		failSignIn(account, 4, expired);
		assertThat(account.isLockedAt(expired)).isFalse();

		account.signInFailed(expired, POLICY);
		assertThat(account.lockedUntil()).isEqualTo(expired.plus(Duration.ofMinutes(15)));
		assertThat(eventsOf(account).ofType(StaffAccountLockedOut.class)).hasSize(2);
	}

	private static void failSignIn(StaffAccount account, int times, Instant at) {
		for (int attempt = 0; attempt < times; attempt++) {
			account.signInFailed(at, POLICY);
		}
	}
}
