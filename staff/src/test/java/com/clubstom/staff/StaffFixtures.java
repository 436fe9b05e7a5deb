package com.clubstom.staff;

import com.clubstom.testing.AdjustableClock;
import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Sentences for setting up the staff context in tests: who works here, what they typed, what the clinic looks like. */
final class StaffFixtures {

	/** Passes the {@link PasswordPolicy} for every username these fixtures make up. */
	static final String A_STRONG_PASSWORD = "Premolar-2025";

	static final String DOCTOR_ORLOV = "Орлов Андрей Сергеевич";

	private StaffFixtures() {
	}

	/** A doctor's account, opened on Monday morning and not yet persisted. */
	static StaffAccount anAccount() {
		return anAccountOpenedAt(MONDAY_MORNING);
	}

	static StaffAccount anAccountOpenedAt(Instant openedAt) {
		return StaffAccount.open(Username.of("dr.orlov"), DOCTOR_ORLOV, "{noop}hash", Set.of(Role.DOCTOR), openedAt);
	}

	/** A username nobody in the shared test database has used yet. */
	static String aNewUsername() {
		return "doctor-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Opens a doctor's account through the context's API and returns its username. */
	static String aDoctorWithAnAccount(Accounts accounts) {
		var username = aNewUsername();
		accounts.openAccount(username, DOCTOR_ORLOV, A_STRONG_PASSWORD, Set.of(Role.DOCTOR));
		return username;
	}

	static void typesAWrongPassword(Accounts accounts, String username, int times) {
		for (int attempt = 0; attempt < times; attempt++) {
			accounts.recordFailedSignIn(username);
		}
	}

	/**
	 * A clinic that has not been set up: no accounts, no setup marker. Documents are removed, not collections dropped:
	 * the unique username index made at start-up must stay, and the setup collection must already exist, because the
	 * Windows mongod used locally under Wine hangs when concurrent transactions race to create it implicitly.
	 */
	static void aClinicWithoutAccounts(MongoTemplate mongo) {
		mongo.remove(new Query(), "staff_accounts");
		if (mongo.collectionExists("staff_setup")) {
			mongo.remove(new Query(), "staff_setup");
		}
		else {
			mongo.createCollection("staff_setup");
		}
	}

	/** The bean that replaces the system clock in scenario tests; one per Spring context. */
	static Clock clinicClock() {
		return new AdjustableClock();
	}

	static void itIsMondayMorning(Clock clinicClock) {
		((AdjustableClock) clinicClock).setTo(MONDAY_MORNING);
	}

	static void itIsSundayLateEvening(Clock clinicClock) {
		((AdjustableClock) clinicClock).setTo(AdjustableClock.SUNDAY_LATE_EVENING);
	}

	static void timePasses(Clock clinicClock, Duration duration) {
		((AdjustableClock) clinicClock).advance(duration);
	}
}
