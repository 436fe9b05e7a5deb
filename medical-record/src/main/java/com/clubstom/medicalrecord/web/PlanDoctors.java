package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * The doctors a new plan may be made by, and the one chosen first: the signed-in doctor when their account is linked to
 * their staff record (an assistant drafting picks the doctor).
 */
@Component
class PlanDoctors {

	private final Accounts accounts;
	private final StaffDirectory staff;

	PlanDoctors(Accounts accounts, StaffDirectory staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	/** The current doctors, by surname. */
	List<StaffMember> all() {
		return staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream().filter(member -> member.position().isDoctor())
				.toList();
	}

	/** The signed-in person when they are a doctor on the staff. */
	Optional<StaffMemberId> me(Authentication signedIn) {
		return accounts.findForSignIn(signedIn.getName()).flatMap(account -> staff.findByAccount(account.id()))
				.filter(member -> member.position().isDoctor()).map(StaffMember::id);
	}
}
