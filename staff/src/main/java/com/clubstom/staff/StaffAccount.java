package com.clubstom.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's way into ClubStom: a username, a password hash, roles, and the sign-in lockout that stops password guessing.
 * <p>
 * Persisted with its id as a plain UUID ({@link #id()} gives the typed {@link StaffAccountId}).
 */
@AggregateRoot
@Document("staff_accounts")
public class StaffAccount extends AbstractAggregateRoot<StaffAccount> {

	@Id
	@Identity
	private final UUID id;

	@Indexed(unique = true)
	private final String username;

	private String fullName;
	private String passwordHash;
	private Set<Role> roles;
	private boolean enabled;
	private int failedSignIns;
	private Instant lockedUntil;
	private Instant lastSignInAt;
	private final Instant openedAt;
	/** Locked by the owner (a lost laptop, a suspected leak) until unlocked; unlike the sign-in lockout it does not expire. */
	private boolean blocked;
	/** The password was set by someone else (a new account, a reset): the person must choose their own at next sign-in. */
	private boolean mustChangePassword;

	@Version
	private Long version;

	@PersistenceCreator
	StaffAccount(UUID id, String username, String fullName, String passwordHash, Set<Role> roles, boolean enabled,
			int failedSignIns, Instant lockedUntil, Instant lastSignInAt, Instant openedAt, Long version) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.failedSignIns = failedSignIns;
		this.lockedUntil = lockedUntil;
		this.lastSignInAt = lastSignInAt;
		this.openedAt = openedAt;
		this.version = version;
	}

	/** Opens an enabled account; {@code passwordHash} is already encoded. */
	static StaffAccount open(Username username, String fullName, String passwordHash, Set<Role> roles, Instant now) {
		if (fullName == null || fullName.isBlank()) {
			throw new IllegalArgumentException("A staff account needs the person's full name");
		}
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs at least one role");
		}
		Objects.requireNonNull(passwordHash, "passwordHash");
		var account = new StaffAccount(UUID.randomUUID(), username.value(), fullName.strip(), passwordHash, roles, true,
				0, null, null, now, null);
		account.registerEvent(new StaffAccountOpened(account.id(), username.value(), account.fullName, Set.copyOf(roles), now));
		return account;
	}

	/**
	 * Counts a wrong password. The attempt that reaches {@code policy}'s limit locks the account until
	 * {@code now + lockout} and starts a fresh count.
	 */
	void signInFailed(Instant now, SignInLockoutPolicy policy) {
		if (isLockedAt(now)) {
			return;
		}
		failedSignIns++;
		if (failedSignIns >= policy.maximumFailures()) {
			lockedUntil = now.plus(policy.lockout());
			failedSignIns = 0;
			registerEvent(new StaffAccountLockedOut(id(), username, now, lockedUntil));
		}
	}

	/** A correct password: forgets earlier failures. */
	void signedIn(Instant now) {
		failedSignIns = 0;
		lockedUntil = null;
		lastSignInAt = now;
	}

	/** The owner gives the account these roles (at least one). */
	void assignRoles(Set<Role> newRoles, String by, Instant now) {
		if (newRoles == null || newRoles.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs at least one role");
		}
		roles = EnumSet.copyOf(newRoles);
		registerEvent(new StaffAccountRolesChanged(id(), username, Set.copyOf(newRoles), now, by));
	}

	/** The owner set a temporary password: it works once, then the person must choose their own. */
	void resetPassword(String temporaryHash, String by, Instant now) {
		passwordHash = Objects.requireNonNull(temporaryHash);
		mustChangePassword = true;
		failedSignIns = 0;
		lockedUntil = null;
		registerEvent(new StaffAccountPasswordReset(id(), username, now, by));
	}

	/** The password was chosen by someone else (a new account opened by the owner): the person must replace it. */
	void requirePasswordChange() {
		mustChangePassword = true;
	}

	/** The person chose a new password of their own. */
	void changePassword(String newHash) {
		passwordHash = Objects.requireNonNull(newHash);
		mustChangePassword = false;
	}

	/** The owner blocks sign-in until unlocking. */
	void lock(String by, Instant now) {
		if (!blocked) {
			blocked = true;
			registerEvent(new AccountLocked(id(), username, fullName, now, by));
		}
	}

	/** Sign-in is allowed again, also after the automatic lockout. */
	void unlock(String by, Instant now) {
		var wasLocked = blocked || isLockedAt(now);
		blocked = false;
		lockedUntil = null;
		failedSignIns = 0;
		if (wasLocked) {
			registerEvent(new AccountUnlocked(id(), username, now, by));
		}
	}

	/** The person left: the account can no longer sign in, and everything it did stays attributed to it. */
	void deactivate(String by, Instant now) {
		if (enabled) {
			enabled = false;
			registerEvent(new StaffAccountDeactivated(id(), username, fullName, now, by));
		}
	}

	/** The account may sign in again. */
	void reactivate() {
		enabled = true;
	}

	public boolean isBlocked() {
		return blocked;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** Whether sign-in is refused at {@code now} because of too many wrong passwords. */
	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public StaffAccountId id() {
		return new StaffAccountId(id);
	}

	public Username username() {
		return new Username(username);
	}

	public String fullName() {
		return fullName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Set<Role> roles() {
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	int failedSignIns() {
		return failedSignIns;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public Instant lastSignInAt() {
		return lastSignInAt;
	}

	public Instant openedAt() {
		return openedAt;
	}

	/** How long an account stays locked and after how many wrong passwords in a row. */
	record SignInLockoutPolicy(int maximumFailures, Duration lockout) {

		static final SignInLockoutPolicy STANDARD = new SignInLockoutPolicy(5, Duration.ofMinutes(15));
	}
}
