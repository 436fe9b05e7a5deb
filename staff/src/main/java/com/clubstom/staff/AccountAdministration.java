package com.clubstom.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

/**
 * The owner's management of login accounts: open one for a staff member, assign roles, reset a password (the person
 * must change it at next sign-in), lock and unlock, deactivate. Every change is written to the audit trail, and the
 * clinic can never lose its last active owner.
 */
@Service
public class AccountAdministration {

	private final StaffAccounts accounts;
	private final PasswordEncoder passwords;
	private final TransactionOperations transactions;
	private final AuditTrail audit;
	private final ObjectProvider<Actors> actors;
	private final Clock clock;

	AccountAdministration(StaffAccounts accounts, PasswordEncoder passwords, TransactionOperations transactions,
			AuditTrail audit, ObjectProvider<Actors> actors, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.transactions = transactions;
		this.audit = audit;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Opens an account with a temporary password, to be handed to the person once.
	 *
	 * @throws Accounts.UsernameTakenException when the username is in use
	 */
	public TemporaryPassword openAccount(String typedUsername, String fullName, Set<Role> roles) {
		var username = Username.of(typedUsername);
		var temporary = TemporaryPassword.generate();
		var account = transactions.execute(status -> {
			var opened = StaffAccount.open(username, fullName, passwords.encode(temporary), roles, clock.instant());
			opened.requirePasswordChange();
			try {
				return accounts.save(opened);
			}
			catch (DuplicateKeyException taken) {
				throw new Accounts.UsernameTakenException(username.value());
			}
		});
		audit.record(AuditAction.CREATE, subject(account), "account", List.of("username", "roles"));
		return new TemporaryPassword(account.id(), temporary);
	}

	/** What the owner sees of an account. */
	public Optional<StaffAccount> find(StaffAccountId id) {
		return accounts.findById(id.value());
	}

	/** @throws LastOwnerException when the clinic would have no active owner left */
	public void assignRoles(StaffAccountId id, Set<Role> roles) {
		change(id, "roles", account -> {
			if (!roles.contains(Role.OWNER)) {
				refuseLosingTheLastOwner(account);
			}
			account.assignRoles(roles, actor().username(), clock.instant());
		});
	}

	/** Sets a new temporary password and returns it; the person must change it at next sign-in. */
	public TemporaryPassword resetPassword(StaffAccountId id) {
		var temporary = TemporaryPassword.generate();
		change(id, "password", account -> account.resetPassword(passwords.encode(temporary), actor().username(),
				clock.instant()));
		return new TemporaryPassword(id, temporary);
	}

	/** @throws LastOwnerException when the clinic would have no active owner left */
	public void lock(StaffAccountId id) {
		change(id, "locked", account -> {
			refuseLosingTheLastOwner(account);
			account.lock(actor().username(), clock.instant());
		});
	}

	public void unlock(StaffAccountId id) {
		change(id, "locked", account -> account.unlock(actor().username(), clock.instant()));
	}

	/** @throws LastOwnerException when the clinic would have no active owner left */
	public void deactivate(StaffAccountId id) {
		change(id, "enabled", account -> {
			refuseLosingTheLastOwner(account);
			account.deactivate(actor().username(), clock.instant());
		});
	}

	public void reactivate(StaffAccountId id) {
		change(id, "enabled", StaffAccount::reactivate);
	}

	private void change(StaffAccountId id, String field, Consumer<StaffAccount> work) {
		var changed = transactions.execute(status -> {
			var account = accounts.findById(id.value()).orElseThrow(() -> new UnknownAccountException(id));
			work.accept(account);
			return accounts.save(account);
		});
		audit.record(AuditAction.CHANGE, subject(changed), "account", List.of(field));
	}

	/** The owner's own account, or anyone's, may not take away the clinic's last active owner. */
	private void refuseLosingTheLastOwner(StaffAccount account) {
		if (account.roles().contains(Role.OWNER) && account.isEnabled() && !account.isBlocked()
				&& accounts.findAll().stream().filter(other -> !other.id().equals(account.id()))
						.noneMatch(other -> other.roles().contains(Role.OWNER) && other.isEnabled() && !other.isBlocked())) {
			throw new LastOwnerException();
		}
	}

	private Actor actor() {
		return actors.getIfAvailable(() -> Actor::system).current();
	}

	private static AuditSubject subject(StaffAccount account) {
		return AuditSubject.staffAccount(account.id().value(), account.fullName());
	}

	/** The change would leave the clinic without an active owner, and nobody could manage accounts any more. */
	public static class LastOwnerException extends IllegalStateException {

		LastOwnerException() {
			super("The clinic must keep at least one active owner account");
		}
	}

	/** No account has this id. */
	public static class UnknownAccountException extends IllegalArgumentException {

		UnknownAccountException(StaffAccountId id) {
			super("No staff account " + id);
		}
	}
}
