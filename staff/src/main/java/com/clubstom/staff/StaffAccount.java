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
