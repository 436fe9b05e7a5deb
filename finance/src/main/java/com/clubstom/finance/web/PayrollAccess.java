package com.clubstom.finance.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * Who sees whose payroll: the owner and the accountant everyone's; a doctor only their own (the staff member linked to
 * the account they signed in with). The access rules keep assistants and the front desk out altogether; this decides
 * between people.
 */
@Component
class PayrollAccess {

	private final StaffDirectory directory;

	PayrollAccess(StaffDirectory directory) {
		this.directory = directory;
	}

	/** The owner and the accountant keep the payroll: every statement and the month's overview. */
	static boolean keepsPayroll(Authentication signedIn) {
		return FinanceAccess.keepsTheBooks(signedIn);
	}

	/**
	 * Whether the signed-in person may open clinical visits (the owner, doctors, assistants); the accountant may not,
	 * and is shown the patient's card instead.
	 */
	static boolean opensVisits(Authentication signedIn) {
		var roles = SignedIn.rolesOf(signedIn);
		return roles.contains("OWNER") || roles.contains("DOCTOR") || roles.contains("ASSISTANT");
	}

	/** Whether the signed-in person may see the statement of {@code person}. */
	boolean maySee(Authentication signedIn, StaffMemberId person) {
		return keepsPayroll(signedIn) || own(signedIn).filter(person::equals).isPresent();
	}

	/** The staff member the signed-in person is, when their account is linked to one. */
	Optional<StaffMemberId> own(Authentication signedIn) {
		if (signedIn == null || signedIn.getName() == null) {
			return Optional.empty();
		}
		return directory.findBySignIn(signedIn.getName()).map(StaffMember::id);
	}
}
