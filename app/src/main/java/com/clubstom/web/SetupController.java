package com.clubstom.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.clubstom.staff.Accounts;
import com.clubstom.staff.Accounts.SetupAlreadyCompletedException;
import com.clubstom.staff.Accounts.WeakPasswordException;

/**
 * First start on an empty database: the one-time page that creates the owner account (there is no default password).
 * Once any account exists it only leads to the login page.
 */
@Controller
class SetupController {

	private final Accounts accounts;

	SetupController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/setup")
	String setup(Model model) {
		if (accounts.anyAccountExists()) {
			return "redirect:/login";
		}
		model.addAttribute("form", SetupForm.empty());
		return "setup";
	}

	@PostMapping("/setup")
	String createOwner(@Validated @ModelAttribute("form") SetupForm form, BindingResult errors) {
		if (accounts.anyAccountExists()) {
			return "redirect:/login";
		}
		if (form.password() == null || !form.password().equals(form.passwordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "setup.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "setup";
		}
		try {
			accounts.openFirstOwnerAccount(form.username(), form.fullName(), form.password());
		}
		catch (WeakPasswordException weak) {
			weak.violations().forEach(code -> errors.rejectValue("password", code));
			return "setup";
		}
		catch (SetupAlreadyCompletedException someoneElseWasFaster) {
			return "redirect:/login";
		}
		return "redirect:/login?ready";
	}
}
