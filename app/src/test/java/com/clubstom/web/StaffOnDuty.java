package com.clubstom.web;

import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.Role;

/**
 * Test fixture: one staff member per role, opened in the test database on first use, so tests read as
 * "the doctor opens the settings page".
 */
@Component
public class StaffOnDuty {

	public static final String PASSWORD = "Correct-horse-42";

	private final Accounts accounts;
	private final UserDetailsService users;

	StaffOnDuty(Accounts accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	/** The username of the person holding only {@code role}; the account is opened when missing. */
	public String usernameOf(Role role) {
		var username = "t-" + role.name().toLowerCase();
		if (!accounts.exists(username)) {
			accounts.openAccount(username, fullNameOf(role), PASSWORD, Set.of(role));
		}
		return username;
	}

	/** The person holding {@code role}: "Surname First-name Patronymic", as the clinic writes names. */
	public static String fullNameOf(Role role) {
		return switch (role) {
			case OWNER -> "Соколова Елена Викторовна";
			case ADMINISTRATOR -> "Кузнецова Марина Игоревна";
			case DOCTOR -> "Орлов Андрей Сергеевич";
			case ASSISTANT -> "Белова Ольга Петровна";
			case ACCOUNTANT -> "Морозова Татьяна Николаевна";
		};
	}

	/** The signed-in principal of the person holding {@code role}, as the real sign-in would build it. */
	public UserDetails signedIn(Role role) {
		return users.loadUserByUsername(usernameOf(role));
	}
}
