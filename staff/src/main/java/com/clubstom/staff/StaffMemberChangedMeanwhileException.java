package com.clubstom.staff;

/**
 * Someone else saved the staff member after the editor opened them. Nothing was overwritten; {@link #current()} is
 * the member as saved now.
 */
public class StaffMemberChangedMeanwhileException extends RuntimeException {

	private final transient StaffMember current;

	StaffMemberChangedMeanwhileException(StaffMember current) {
		super("Staff member " + current.id() + " was changed meanwhile");
		this.current = current;
	}

	public StaffMember current() {
		return current;
	}
}
