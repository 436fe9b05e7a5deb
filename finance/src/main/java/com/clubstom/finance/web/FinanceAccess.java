package com.clubstom.finance.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.clubstom.finance.PostingAuthority;

/**
 * Who may do what with money, by role: the accountant and the owner keep the books; the front desk takes payments,
 * deposits and refunds within its limit and prints receipts and statements. The access rules admit the roles to the
 * addresses; these decide what a page offers.
 */
final class FinanceAccess {

	private static final String PREFIX = "ROLE_";

	private FinanceAccess() {
	}

	static Set<String> roles(Authentication signedIn) {
		if (signedIn == null) {
			return Set.of();
		}
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith(PREFIX)).map(authority -> authority.substring(PREFIX.length()))
				.collect(Collectors.toUnmodifiableSet());
	}

	/** The accountant and the owner: discounts, corrections, any refund, the cash desk, the tax certificate. */
	static boolean keepsTheBooks(Authentication signedIn) {
		var roles = roles(signedIn);
		return roles.contains("OWNER") || roles.contains("ACCOUNTANT");
	}

	/** The owner alone may let cash out of a till that does not hold it. */
	static boolean mayOverdraw(Authentication signedIn) {
		return roles(signedIn).contains("OWNER");
	}

	static PostingAuthority authority(Authentication signedIn) {
		return keepsTheBooks(signedIn) ? PostingAuthority.FULL : PostingAuthority.FRONT_DESK;
	}
}
