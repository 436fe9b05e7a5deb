package com.clubstom.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.staff.StaffAccount.SignInLockoutPolicy;
import com.mongodb.MongoException;

/**
 * The staff context's API for login accounts: opening them, and the sign-in bookkeeping (lockout after repeated wrong
 * passwords). Passwords arrive in plain text only to be hashed here with the delegating encoder.
 */
@Service
public class Accounts {

	/** Attempts at a change that collides with a concurrent transaction on the same documents. */
	private static final int CONFLICT_ATTEMPTS = 10;

	private final StaffAccounts accounts;
	private final MongoTemplate mongo;
	private final PasswordEncoder passwords;
	private final ClinicProfile clinic;
	private final Clock clock;
	private final TransactionOperations transactions;
	private final AuditTrail audit;
	private final AtomicBoolean someAccountExists = new AtomicBoolean();

	Accounts(StaffAccounts accounts, MongoTemplate mongo, PasswordEncoder passwords, ClinicProfile clinic, Clock clock,
			TransactionOperations transactions, AuditTrail audit) {
		this.accounts = accounts;
		this.mongo = mongo;
		this.passwords = passwords;
		this.clinic = clinic;
		this.clock = clock;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** The account behind a typed username, for the sign-in check. */
	public Optional<SignInAccount> findForSignIn(String typedUsername) {
		return usernameOf(typedUsername).flatMap(username -> accounts.findByUsername(username.value()))
				.map(account -> new SignInAccount(account.id(), account.username().value(), account.fullName(),
						account.passwordHash(), account.roles(), account.isEnabled(), account.lockedUntil(),
						account.isBlocked(), account.mustChangePassword()));
	}

	/** Whether the first owner account has been created (the application is set up). Cached once true. */
	public boolean anyAccountExists() {
		if (!someAccountExists.get() && accounts.count() > 0) {
			someAccountExists.set(true);
		}
		return someAccountExists.get();
	}

	/**
	 * First start on an empty database: opens the owner account. Refused once any account exists, also when two people
	 * submit the setup form at the same moment (a marker document with a fixed id makes the second insert fail).
	 *
	 * @throws SetupAlreadyCompletedException when the clinic already has an owner
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	public StaffAccountId openFirstOwnerAccount(String typedUsername, String fullName, String rawPassword) {
		if (accounts.count() > 0) {
			throw new SetupAlreadyCompletedException();
		}
		var username = Username.of(typedUsername);
		var broken = PasswordPolicy.violations(rawPassword, username.value());
		if (!broken.isEmpty()) {
			throw new WeakPasswordException(broken);
		}
		var id = inOwnTransactionRetryingConflicts(() -> {
			try {
				mongo.insert(new Document("_id", "first-owner").append("at", clock.instant()), "staff_setup");
			}
			catch (DuplicateKeyException alreadyDone) {
				throw new SetupAlreadyCompletedException();
			}
			return open(username, fullName, rawPassword, Set.of(Role.OWNER));
		});
		someAccountExists.set(true);
		return id;
	}

	/**
	 * Opens an account for a staff member with a password chosen by whoever sets it up (demo seeding, unattended install).
	 *
	 * @throws UsernameTakenException when the username is in use
	 */
	public StaffAccountId openAccount(String typedUsername, String fullName, String rawPassword, Set<Role> roles) {
		var username = Username.of(typedUsername);
		return inOwnTransactionRetryingConflicts(() -> open(username, fullName, rawPassword, roles));
	}

	/** Whether an account with this username exists. */
	public boolean exists(String typedUsername) {
		return usernameOf(typedUsername).flatMap(u -> accounts.findByUsername(u.value())).isPresent();
	}

	/** A wrong password was typed for this username; unknown usernames are ignored (nothing to lock). */
	public void recordFailedSignIn(String typedUsername) {
		update(typedUsername, account -> account.signInFailed(clock.instant(), SignInLockoutPolicy.STANDARD));
	}

	/** The person signed in: earlier failures are forgotten. */
	public void recordSuccessfulSignIn(String typedUsername) {
		update(typedUsername, account -> account.signedIn(clock.instant()));
	}

	/**
	 * The signed-in person replaces their password: the current one must be right, the new one must follow the
	 * {@link PasswordPolicy} and differ from the current one.
	 *
	 * @throws WrongPasswordException when the current password is wrong
	 * @throws WeakPasswordException when the new password breaks the policy
	 */
	public void changeOwnPassword(String typedUsername, String currentPassword, String newPassword) {
		var username = Username.of(typedUsername);
		var account = accounts.findByUsername(username.value()).orElseThrow(WrongPasswordException::new);
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new WrongPasswordException();
		}
		var broken = new java.util.ArrayList<>(PasswordPolicy.violations(newPassword, username.value()));
		if (broken.isEmpty() && newPassword.equals(currentPassword)) {
			broken.add("password.same-as-current");
		}
		if (!broken.isEmpty()) {
			throw new WeakPasswordException(broken);
		}
		var changed = inOwnTransactionRetryingConflicts(() -> {
			var fresh = accounts.findByUsername(username.value()).orElseThrow(WrongPasswordException::new);
			fresh.changePassword(passwords.encode(newPassword));
			return accounts.save(fresh);
		});
		audit.record(AuditAction.CHANGE, AuditSubject.staffAccount(changed.id().value(), changed.fullName()), "account",
				List.of("password"));
	}

	/** How long an account stays locked after too many wrong passwords in a row (the login page says so). */
	public java.time.Duration lockoutDuration() {
		return SignInLockoutPolicy.STANDARD.lockout();
	}

	/** Until when sign-in is refused for this username, if it is locked now. */
	public Optional<Instant> lockedUntil(String typedUsername) {
		var now = clock.instant();
		return usernameOf(typedUsername).flatMap(u -> accounts.findByUsername(u.value()))
				.filter(account -> account.isLockedAt(now)).map(StaffAccount::lockedUntil);
	}

	/** Figures for the dashboard. */
	public AccountsOverview overview() {
		var now = clock.instant();
		var byRole = new EnumMap<Role, Long>(Role.class);
		for (var role : Role.values()) {
			byRole.put(role, 0L);
		}
		var all = accounts.findAll();
		all.stream().filter(StaffAccount::isEnabled)
				.forEach(account -> account.roles().forEach(role -> byRole.merge(role, 1L, Long::sum)));
		var startOfDay = LocalDate.now(clock.withZone(clinic.timeZone())).atStartOfDay(clinic.timeZone()).toInstant();
		var recent = accounts.findTop5ByLastSignInAtNotNullOrderByLastSignInAtDesc().stream()
				.map(a -> new AccountsOverview.RecentSignIn(a.fullName(), a.roles(), a.lastSignInAt())).toList();
		return new AccountsOverview(all.stream().filter(StaffAccount::isEnabled).count(), byRole,
				accounts.countByLockedUntilAfter(now), accounts.countByLastSignInAtAfter(startOfDay), List.copyOf(recent));
	}

	private StaffAccountId open(Username username, String fullName, String rawPassword, Set<Role> roles) {
		if (rawPassword == null || rawPassword.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs a password");
		}
		try {
			return accounts.save(StaffAccount.open(username, fullName, passwords.encode(rawPassword), roles, clock.instant()))
					.id();
		}
		catch (DuplicateKeyException taken) {
			throw new UsernameTakenException(username.value());
		}
	}

	/**
	 * Sign-in bookkeeping races (two wrong passwords at once): each attempt is its own transaction (so the lockout event is
	 * recorded with the change), retried on a fresh copy instead of losing a count.
	 */
	private void update(String typedUsername, java.util.function.Consumer<StaffAccount> change) {
		var username = usernameOf(typedUsername);
		if (username.isEmpty()) {
			return;
		}
		inOwnTransactionRetryingConflicts(() -> {
			accounts.findByUsername(username.get().value()).ifPresent(account -> {
				change.accept(account);
				accounts.save(account);
			});
			return null;
		});
	}

	/**
	 * Runs {@code work} in a transaction of its own and runs it again, on fresh data, when it collided with a concurrent
	 * transaction. Inside a MongoDB transaction a concurrent write shows up as a {@code WriteConflict} labelled
	 * {@code TransientTransactionError} (Spring reports it as a data integrity violation), rarely as an optimistic-lock
	 * failure. The short random pause lets the other transaction commit first.
	 */
	private <T> T inOwnTransactionRetryingConflicts(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> work.get());
			}
			catch (RuntimeException failure) {
				if (attempt == CONFLICT_ATTEMPTS || !isConflictWithConcurrentTransaction(failure)) {
					throw failure;
				}
				pauseBeforeAttempt(attempt + 1);
			}
		}
	}

	private static boolean isConflictWithConcurrentTransaction(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingFailureException || cause instanceof MongoException mongo
					&& mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)) {
				return true;
			}
		}
		return false;
	}

	private static void pauseBeforeAttempt(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a conflicting change", interrupted);
		}
	}

	private static Optional<Username> usernameOf(String typed) {
		try {
			return Optional.of(Username.of(typed));
		}
		catch (Username.InvalidUsernameException e) {
			return Optional.empty();
		}
	}

	/** The clinic already has its owner account; setup cannot run again. */
	public static class SetupAlreadyCompletedException extends IllegalStateException {

		SetupAlreadyCompletedException() {
			super("ClubStom is already set up");
		}
	}

	/** The current password typed does not match. */
	public static class WrongPasswordException extends IllegalArgumentException {

		WrongPasswordException() {
			super("The current password is wrong");
		}
	}

	/** The username belongs to another account. */
	public static class UsernameTakenException extends IllegalArgumentException {

		UsernameTakenException(String username) {
			super("Username already taken: " + username);
		}
	}

	/** The chosen password breaks the {@link PasswordPolicy}; {@link #violations()} are message codes. */
	public static class WeakPasswordException extends IllegalArgumentException {

		private final List<String> violations;

		WeakPasswordException(List<String> violations) {
			super("Password breaks the policy: " + violations);
			this.violations = violations;
		}

		public List<String> violations() {
			return violations;
		}
	}
}
