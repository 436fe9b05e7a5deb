package com.clubstom.finance.web;

import org.springframework.security.core.Authentication;

import com.clubstom.finance.PostingAuthority;

/**
 * Who may do what with money, by role: the accountant and the owner keep the books; the front desk takes payments,
 * deposits and refunds within its limit and prints receipts and statements. The access rules admit the roles to the
 * addresses; these decide what a page offers.
 */
final class FinanceAccess {

	private FinanceAccess() {
	}

	/** The accountant and the owner: discounts, corrections, any refund, the cash desk, the tax certificate. */
	static boolean keepsTheBooks(Authentication signedIn) {
		var roles = SignedIn.rolesOf(signedIn);
		return roles.contains("OWNER") || roles.contains("ACCOUNTANT");
	}

	/** The owner alone may let cash out of a till that does not hold it. */
	static boolean mayOverdraw(Authentication signedIn) {
		return SignedIn.rolesOf(signedIn).contains("OWNER");
	}

	static PostingAuthority authority(Authentication signedIn) {
		return keepsTheBooks(signedIn) ? PostingAuthority.FULL : PostingAuthority.FRONT_DESK;
	}
}
