package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.clubstom.staff.Position;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * The staff a plan or a visit can name: the signed-in person's own staff record, the clinic's current doctors (by
 * surname) and its assistants.
 */
@Component
class Practitioners {

	private final StaffDirectory staff;

	Practitioners(StaffDirectory staff) {
		this.staff = staff;
	}

	/** The staff member behind the signed-in account, when one is linked. */
	Optional<StaffMember> me(Authentication signedIn) {
		return staff.findBySignIn(signedIn.getName());
	}

	/** The signed-in person when they are a doctor on the staff: the doctor chosen first (an assistant picks one). */
	Optional<StaffMemberId> meAsDoctor(Authentication signedIn) {
		return me(signedIn).filter(member -> member.position().isDoctor()).map(StaffMember::id);
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
