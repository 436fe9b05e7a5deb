package com.clubstom.web.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import com.clubstom.staff.Role;
import com.clubstom.staff.SignInAccount;

/** The signed-in staff member: Spring Security's user plus the person's name and roles for the shell. */
public class StaffUser extends User {

	private final String fullName;
	private final Set<Role> roles;
	private final boolean mustChangePassword;

	StaffUser(SignInAccount account, boolean lockedNow) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, !lockedNow,
				account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.fullName = account.fullName();
		this.roles = Set.copyOf(account.roles());
		this.mustChangePassword = account.mustChangePassword();
	}

	/** Signed in with a password someone else set: nothing but the password page until a new one is chosen. */
	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public String getFullName() {
		return fullName;
	}

	/** Roles in their declared order (owner first), for stable display. */
	public List<Role> getRoles() {
		return java.util.Arrays.stream(Role.values()).filter(roles::contains).toList();
	}

	/** The first name, for greetings: full names are written "Surname First-name Patronymic". */
	public String getFirstName() {
		var parts = fullName.strip().split("\\s+");
		return parts.length > 1 ? parts[1] : parts[0];
	}

	/** Initials for the avatar: first letters of the surname and the first name. */
	public String getInitials() {
		var parts = fullName.strip().split("\\s+");
		return (parts[0].substring(0, 1) + (parts.length > 1 ? parts[1].substring(0, 1) : "")).toUpperCase();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
