package com.clubstom.web.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;

/** Loads staff accounts for form login, HTTP Basic and remember-me. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock;

	StaffUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findForSignIn(username).map(account -> new StaffUser(account, account.isLockedAt(clock.instant())))
				.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
	}
}
