package com.clubstom.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.scheduling.TodaysSchedule;
import com.clubstom.staff.Accounts;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.Role;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.web.security.StaffUser;

/**
 * The home page: today's date in the clinic, a greeting, today's appointments (a doctor sees their own), who works today,
 * and real figures from the contexts that exist.
 */
@Controller
class DashboardController {

	private final Accounts accounts;
	private final ClinicProfile clinic;
	private final PatientRegistry patients;
	private final WorkingToday workingToday;
	private final TodaysSchedule todaysSchedule;
	private final StaffDirectory staff;
	private final Clock clock;

	DashboardController(Accounts accounts, ClinicProfile clinic, PatientRegistry patients, WorkingToday workingToday,
			TodaysSchedule todaysSchedule, StaffDirectory staff, Clock clock) {
		this.accounts = accounts;
		this.clinic = clinic;
		this.patients = patients;
		this.workingToday = workingToday;
		this.todaysSchedule = todaysSchedule;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal StaffUser me, Model model) {
		var now = LocalDateTime.now(clock.withZone(clinic.timeZone()));
		model.addAttribute("now", now);
		model.addAttribute("greeting", greetingFor(now.getHour()));
		model.addAttribute("timeZone", clinic.timeZone());
		model.addAttribute("currency", clinic.currency());
		model.addAttribute("accounts", accounts.overview());
		model.addAttribute("roles", Role.values());
		model.addAttribute("seesSignIns", me.getRoles().contains(Role.OWNER));
		// one page of nothing but the count: answered from the search index
		model.addAttribute("patients", patients.search(new PatientSearch("", PatientStatus.ACTIVE, null, null, 0, 1)));
		model.addAttribute("workingToday", workingToday.people());
		model.addAttribute("schedule", doctorOf(me).map(doctor -> todaysSchedule.of(doctor.id()))
				.orElseGet(todaysSchedule::ofTheClinic));
		return "dashboard";
	}

	/** The signed-in doctor's own staff record, when the account is a doctor's and linked to one. */
	private Optional<StaffMember> doctorOf(StaffUser me) {
		if (!me.getRoles().contains(Role.DOCTOR)) {
			return Optional.empty();
		}
		return staff.findBySignIn(me.getUsername()).filter(member -> member.position().isDoctor());
	}

	private static String greetingFor(int hour) {
		if (hour >= 5 && hour < 12) {
			return "dashboard.greeting.morning";
		}
		if (hour >= 12 && hour < 18) {
			return "dashboard.greeting.afternoon";
		}
		return hour >= 18 && hour < 23 ? "dashboard.greeting.evening" : "dashboard.greeting.night";
	}
}
