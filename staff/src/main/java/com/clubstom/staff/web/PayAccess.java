package com.clubstom.staff.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.SignInAccount;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * Who sees a person's pay: the owner and the accountant see and change everyone's; anyone else sees only their own
 * (the staff member linked to the account they signed in with). The access rules let every role reach the pay fragment;
 * this decides.
 */
@Component
class PayAccess {

	private final Accounts accounts;
	private final StaffDirectory directory;

	PayAccess(Accounts accounts, StaffDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** The owner and the accountant set pay terms. */
	static boolean managesPay(Authentication signedIn) {
		var roles = SignedIn.rolesOf(signedIn);
		return roles.contains("OWNER") || roles.contains("ACCOUNTANT");
	}

	/** Whether the signed-in person may see the pay of {@code staffMember}. */
	boolean maySee(Authentication signedIn, StaffMemberId staffMember) {
		return managesPay(signedIn) || isOwn(signedIn, staffMember);
	}

	private boolean isOwn(Authentication signedIn, StaffMemberId staffMember) {
		if (signedIn == null || signedIn.getName() == null) {
			return false;
		}
		return accounts.findForSignIn(signedIn.getName()).map(SignInAccount::id).flatMap(directory::findByAccount)
				.map(StaffMember::id).filter(staffMember::equals).isPresent();
	}
}
