package com.clubstom.staff;

import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.staff.StaffFixtures.A_STRONG_PASSWORD;
import static com.clubstom.staff.StaffFixtures.aClinicWithoutAccounts;
import static com.clubstom.staff.StaffFixtures.aDoctorWithAnAccount;
import static com.clubstom.staff.StaffFixtures.aNewUsername;
import static com.clubstom.staff.StaffFixtures.itIsMondayMorning;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.clubstom.staff.Accounts.SetupAlreadyCompletedException;
import com.clubstom.staff.Accounts.UsernameTakenException;

/**
 * Several people (or a password-guessing script) hitting the same data at the same moment: all threads are released
 * together by a start gate, and the outcome must be the same as if they had queued.
 */
@ApplicationModuleTest
class AccountsUnderConcurrencyTests {

	enum Outcome { DONE, SETUP_ALREADY_COMPLETED, USERNAME_TAKEN }

	// typed Clock: a bean override must match the type the replaced bean is declared with
	@TestBean(name = "clock", methodName = "com.clubstom.staff.StaffFixtures#clinicClock")
	Clock clock;

	@Autowired Accounts accounts;
	@Autowired StaffAccounts staffAccounts;
	@Autowired MongoTemplate mongo;

	@BeforeEach
	void theClinicOpensOnMondayMorning() {
		itIsMondayMorning(clock);
	}

	@Test
	void ofEightSimultaneousSetupsExactlyOneOpensTheOwnerAccount() throws Exception {
		aClinicWithoutAccounts(mongo);

		// different usernames, so it is the setup marker, not the unique username, that stops the others
		var outcomes = allAtOnce(8, person -> () -> {
			try {
				accounts.openFirstOwnerAccount("owner" + person, "Владелец " + person, A_STRONG_PASSWORD);
				return Outcome.DONE;
			}
			catch (SetupAlreadyCompletedException tooLate) {
				return Outcome.SETUP_ALREADY_COMPLETED;
			}
		});

		assertThat(outcomes).hasSize(8).containsOnlyOnce(Outcome.DONE)
				.containsOnly(Outcome.DONE, Outcome.SETUP_ALREADY_COMPLETED);
		assertThat(mongo.count(new Query(), "staff_accounts")).isOne();
	}

	@Test
	void fiveSimultaneousWrongPasswordsAllCountAndLockTheAccount() throws Exception {
		var doctor = aDoctorWithAnAccount(accounts);

		allAtOnce(5, attempt -> () -> {
			accounts.recordFailedSignIn(doctor);
			return Outcome.DONE;
		});

		assertThat(accounts.lockedUntil(doctor)).contains(MONDAY_MORNING.plus(Duration.ofMinutes(15)));
		assertThat(staffAccounts.findByUsername(doctor).orElseThrow().failedSignIns()).isZero();
	}

	@Test
	void fourSimultaneousWrongPasswordsAreAllCounted() throws Exception {
		var doctor = aDoctorWithAnAccount(accounts);

		allAtOnce(4, attempt -> () -> {
			accounts.recordFailedSignIn(doctor);
			return Outcome.DONE;
		});

		assertThat(accounts.lockedUntil(doctor)).isEmpty();
		assertThat(staffAccounts.findByUsername(doctor).orElseThrow().failedSignIns()).isEqualTo(4);
	}

	@Test
	void ofTwoPeopleClaimingTheSameUsernameAtOnceOneGetsIt() throws Exception {
		var username = aNewUsername();

		var outcomes = allAtOnce(2, person -> () -> {
			try {
				accounts.openAccount(username, "Сотрудник " + person, A_STRONG_PASSWORD, Set.of(Role.ASSISTANT));
				return Outcome.DONE;
			}
			catch (UsernameTakenException taken) {
				return Outcome.USERNAME_TAKEN;
			}
		});

		assertThat(outcomes).containsExactlyInAnyOrder(Outcome.DONE, Outcome.USERNAME_TAKEN);
	}

	interface Attempt {
		Callable<Outcome> by(int person);
	}

	/** Starts {@code people} threads that wait at one gate, opens it, and returns what each got; failures propagate. */
	private static List<Outcome> allAtOnce(int people, Attempt attempt) throws Exception {
		var gate = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(people);
		try {
			var pending = new ArrayList<Future<Outcome>>();
			for (int person = 1; person <= people; person++) {
				var call = attempt.by(person);
				pending.add(pool.submit(() -> {
					gate.await();
					return call.call();
				}));
			}
			gate.countDown();
			var outcomes = new ArrayList<Outcome>();
			for (var outcome : pending) {
				try {
					// a generous bound only against a hung test run, not a timing assertion
					outcomes.add(outcome.get(2, TimeUnit.MINUTES));
				}
				catch (ExecutionException failed) {
					throw new AssertionError("An attempt failed instead of being refused cleanly", failed.getCause());
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
