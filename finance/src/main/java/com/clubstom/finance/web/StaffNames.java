package com.clubstom.finance.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.SignInAccount;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/** The names behind the sign-ins that entries are attributed to, each looked up once per page. */
@Component
class StaffNames {

	private final StaffDirectory staff;
	private final Accounts accounts;

	StaffNames(StaffDirectory staff, Accounts accounts) {
		this.staff = staff;
		this.accounts = accounts;
	}

	/** Staff member's id to full name, for the doctors a ledger's charges name. */
	Map<java.util.UUID, String> ofStaff(Collection<java.util.UUID> ids) {
		var names = new HashMap<java.util.UUID, String>();
		for (var id : ids) {
			if (id != null && !names.containsKey(id)) {
				staff.find(new com.clubstom.staff.StaffMemberId(id)).ifPresent(member -> names.put(id, member.fullName()));
			}
		}
		return names;
	}

	/**
	 * Sign-in to full name: the staff member's, else the account's own (an account not linked to a staff member), else the
	 * sign-in itself (the system).
	 */
	Map<String, String> of(Collection<String> usernames) {
		var names = new HashMap<String, String>();
		for (var username : usernames) {
			if (username != null && !names.containsKey(username)) {
				names.put(username, staff.findBySignIn(username).map(StaffMember::fullName)
						.or(() -> accounts.findForSignIn(username).map(SignInAccount::fullName)).orElse(username));
			}
		}
		return names;
	}
}
