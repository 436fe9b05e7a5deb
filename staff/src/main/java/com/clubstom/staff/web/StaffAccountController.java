package com.clubstom.staff.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.staff.AccountAdministration;
import com.clubstom.staff.Accounts;
import com.clubstom.staff.Role;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.UsernameSuggestion;
import com.clubstom.staff.Username;

/**
 * The "Account" section of a staff profile (owner only): open a login for the person, choose roles, reset the password,
 * lock, deactivate. Loaded into the profile with htmx; every action answers with the section redrawn and a toast.
 * A temporary password is shown exactly once, in the answer that created it.
 */
@Controller
@RequestMapping("/staff/{id}/account")
class StaffAccountController {

	private static final String SECTION = "staff/account :: section";
	private static final java.util.Map<String, String> TOASTS = java.util.Map.of("lock", "account.locked", "unlock",
			"account.unlocked", "deactivate", "account.deactivated", "reactivate", "account.reactivated");

	private final StaffDirectory directory;
	private final AccountAdministration administration;

	StaffAccountController(StaffDirectory directory, AccountAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String section(@PathVariable UUID id, Model model) {
		return describe(member(id), model);
	}

	@PostMapping
	String open(@PathVariable UUID id, @RequestParam String username, @RequestParam(required = false) Set<Role> roles,
			Model model) {
		var member = member(id);
		if (member.accountId().isPresent()) {
			return describe(member, model);
		}
		var chosen = roles == null ? Set.<Role>of() : roles;
		var error = chosen.isEmpty() ? "account.roles.required" : usernameProblem(username);
		if (error != null) {
			model.addAttribute("typedUsername", username);
			model.addAttribute("accountError", error);
			return describe(member, model);
		}
		try {
			var temporary = administration.openAccount(username, member.fullName(), chosen);
			directory.linkAccount(member.id(), temporary.accountId());
			model.addAttribute("temporaryPassword", temporary.value());
			model.addAttribute("toastCode", "account.opened");
		}
		catch (Accounts.UsernameTakenException taken) {
			model.addAttribute("typedUsername", username);
			model.addAttribute("accountError", "account.username.taken");
		}
		return describe(member(id), model);
	}

	@PostMapping("/roles")
	String roles(@PathVariable UUID id, @RequestParam(required = false) Set<Role> roles, Model model) {
		return act(id, model, "account.roles.saved", account -> {
			if (roles == null || roles.isEmpty()) {
				model.addAttribute("accountError", "account.roles.required");
				return false;
			}
			administration.assignRoles(account, roles);
			return true;
		});
	}

	@PostMapping("/reset-password")
	String resetPassword(@PathVariable UUID id, Model model) {
		return act(id, model, "account.password.reset", account -> {
			model.addAttribute("temporaryPassword", administration.resetPassword(account).value());
			return true;
		});
	}

	/** Lock, unlock, deactivate or reactivate: one switch, each confirmed by its own toast. */
	@PostMapping("/{change:lock|unlock|deactivate|reactivate}")
	String switchAccess(@PathVariable UUID id, @PathVariable String change, Model model) {
		return act(id, model, TOASTS.get(change), account -> {
			switch (change) {
				case "lock" -> administration.lock(account);
				case "unlock" -> administration.unlock(account);
				case "deactivate" -> administration.deactivate(account);
				default -> administration.reactivate(account);
			}
			return true;
		});
	}

	/** Runs an action on the member's account; the clinic's last owner is protected by a message, not an error page. */
	private String act(UUID id, Model model, String doneCode, AccountAction action) {
		var member = member(id);
		var account = member.accountId().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			if (action.applyTo(account)) {
				model.addAttribute("toastCode", doneCode);
			}
		}
		catch (AccountAdministration.LastOwnerException lastOwner) {
			model.addAttribute("accountError", "account.last-owner");
		}
		return describe(member, model);
	}

	private String describe(StaffMember member, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("allRoles", Role.values());
		member.accountId().flatMap(administration::find).ifPresentOrElse(account -> model.addAttribute("account", account),
				() -> {
					model.addAttribute("suggestedUsername", UsernameSuggestion.of(member.fullName()));
					model.addAttribute("suggestedRoles", EnumSet.of(Role.valueOf(member.position().name())));
				});
		return SECTION;
	}

	private StaffMember member(UUID id) {
		return directory.find(new StaffMemberId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String usernameProblem(String typed) {
		try {
			Username.of(typed);
			return null;
		}
		catch (Username.InvalidUsernameException invalid) {
			return "account.username.invalid";
		}
	}

	@FunctionalInterface
	private interface AccountAction {

		/** @return whether the action was carried out (a toast confirms it) */
		boolean applyTo(com.clubstom.staff.StaffAccountId account);
	}
}
