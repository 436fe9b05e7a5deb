package com.clubstom.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clubstom.staff.Accounts;
import com.clubstom.web.security.LoginAttempt;

import jakarta.servlet.http.HttpSession;

/** The branded sign-in page. Spring Security handles the POST; this page explains the outcome. */
@Controller
class LoginController {

	private final Accounts accounts;

	LoginController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpSession session, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (session.getAttribute(LoginAttempt.SESSION_KEY) instanceof LoginAttempt attempt) {
			model.addAttribute("typedUsername", attempt.username());
			session.removeAttribute(LoginAttempt.SESSION_KEY);
		}
		model.addAttribute("lockoutMinutes", accounts.lockoutDuration().toMinutes());
		return "login";
	}
}
