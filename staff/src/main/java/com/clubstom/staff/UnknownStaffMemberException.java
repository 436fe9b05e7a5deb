package com.clubstom.staff;

/** No staff member has this id. */
public class UnknownStaffMemberException extends RuntimeException {

	UnknownStaffMemberException(StaffMemberId id) {
		super("No staff member " + id);
	}
}
