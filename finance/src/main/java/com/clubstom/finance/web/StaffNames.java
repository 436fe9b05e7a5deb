package com.clubstom.finance.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/** The names behind the sign-ins that entries are attributed to, each looked up once per page. */
@Component
class StaffNames {

	private final StaffDirectory staff;

	StaffNames(StaffDirectory staff) {
		this.staff = staff;
	}

	/** Sign-in to full name; a sign-in without a staff member (the system) keeps its own name. */
	Map<String, String> of(Collection<String> usernames) {
		var names = new HashMap<String, String>();
		for (var username : usernames) {
			if (username != null && !names.containsKey(username)) {
				names.put(username, staff.findBySignIn(username).map(StaffMember::fullName).orElse(username));
			}
		}
		return names;
	}
}
