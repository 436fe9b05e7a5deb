package com.clubstom.scheduling.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import com.clubstom.scheduling.Appointment;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;

/**
 * Who may do what in the calendar. The owner and the administrators book and change anything (and may enter what happened
 * in the past); a doctor moves the statuses of their own appointments, an assistant those in the chair they are assigned
 * to at the time; the accountant reads. The access rules let each role reach the addresses; this decides per appointment.
 */
@Component
class CalendarAccess {

	private static final String PREFIX = "ROLE_";

	private final StaffDirectory staff;
	private final WorkingHours hours;

	CalendarAccess(StaffDirectory staff, WorkingHours hours) {
		this.staff = staff;
		this.hours = hours;
	}

	static Set<String> roles(Authentication signedIn) {
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith(PREFIX)).map(authority -> authority.substring(PREFIX.length()))
				.collect(Collectors.toSet());
	}

	/** The front desk and the owner book, move and cancel. */
	boolean mayBook(Authentication signedIn) {
		var roles = roles(signedIn);
		return roles.contains("OWNER") || roles.contains("ADMINISTRATOR");
	}

	/** The staff member behind the signed-in account, when one is linked. */
	Optional<StaffMemberId> me(Authentication signedIn) {
		return staff.findBySignIn(signedIn.getName()).map(member -> member.id());
	}

	/** Whether the person may move the appointment's status on. */
	boolean mayChangeStatusOf(Authentication signedIn, Appointment appointment) {
		if (mayBook(signedIn)) {
			return true;
		}
		var roles = roles(signedIn);
		var me = me(signedIn);
		if (me.isEmpty()) {
			return false;
		}
		if (roles.contains("DOCTOR") && appointment.doctorId().equals(me.get())) {
			return true;
		}
		return roles.contains("ASSISTANT") && assistsAt(me.get(), appointment);
	}

	/**
	 * Whether the person may start (or continue) the clinical visit of the appointment: a doctor or an assistant who may
	 * move its status, once the patient has arrived or sits in the chair.
	 */
	boolean mayStartVisitOf(Authentication signedIn, Appointment appointment) {
		var status = appointment.status();
		return (status == AppointmentStatus.ARRIVED || status == AppointmentStatus.IN_CHAIR)
				&& com.clubstom.medicalrecord.ClinicalAccess.records(roles(signedIn)) && mayChangeStatusOf(signedIn, appointment);
	}

	/** The next statuses the person may choose; nothing when they may not touch it. */
	Set<AppointmentStatus> nextStatusesFor(Authentication signedIn, Appointment appointment) {
		return mayChangeStatusOf(signedIn, appointment) ? appointment.status().next() : EnumSet.noneOf(AppointmentStatus.class);
	}

	/** An assistant's shift on the day names the appointment's chair and covers its time. */
	private boolean assistsAt(StaffMemberId assistant, Appointment appointment) {
		var slot = appointment.slot();
		return hours.on(assistant, slot.date()).stream()
				.anyMatch(period -> appointment.chairId().equals(period.chairId())
						&& !slot.start().toLocalTime().isBefore(period.start()) && !slot.end().toLocalTime().isAfter(period.end()));
	}
}
