package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.Position;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/** The staff a visit can name: the signed-in person's own staff record, the clinic's doctors and its assistants. */
@Component
class Practitioners {

	private final Accounts accounts;
	private final StaffDirectory staff;

	Practitioners(Accounts accounts, StaffDirectory staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	/** The staff member behind the signed-in account, when one is linked. */
	Optional<StaffMember> me(Authentication signedIn) {
		return accounts.findForSignIn(signedIn.getName()).flatMap(account -> staff.findByAccount(account.id()));
	}

	List<StaffMember> doctors() {
		return of(Position.DOCTOR);
	}

	List<StaffMember> assistants() {
		return of(Position.ASSISTANT);
	}

	private List<StaffMember> of(Position position) {
		return staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream().filter(member -> member.position() == position)
				.toList();
	}
}
