package com.clubstom.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.staff.Accounts;
import com.clubstom.web.security.StaffUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Everyone changes their own password here; after signing in with a temporary password (a new account, a reset) this
 * is the only page open until they have. The new password takes effect in the current session at once.
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private final Accounts accounts;
	private final UserDetailsService users;

	OwnPasswordController(Accounts accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new OwnPasswordForm("", "", ""));
		return "account/password";
	}

	@PostMapping
	String change(@ModelAttribute("form") OwnPasswordForm form, BindingResult errors, @AuthenticationPrincipal StaffUser me,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.newPassword() == null || !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "password.repeat-differs");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.changeOwnPassword(me.getUsername(), form.currentPassword(), form.newPassword());
			}
			catch (Accounts.WrongPasswordException wrong) {
				errors.rejectValue("currentPassword", "password.wrong-current");
			}
			catch (Accounts.WeakPasswordException weak) {
				weak.violations().forEach(code -> errors.rejectValue("newPassword", code));
			}
		}
		if (errors.hasErrors()) {
			return "account/password";
		}
		signInAgain(me.getUsername(), request, response);
		redirect.addFlashAttribute(ToastRequests.TOAST_CODE, "password.changed");
		return "redirect:/";
	}

	/** The session's principal still says "must change the password": replace it with the account as it is now. */
	private void signInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
		var user = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}
}
