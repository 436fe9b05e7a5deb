package com.clubstom.finance.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.finance.Payroll;
import com.clubstom.staff.StaffMemberId;

/**
 * The payroll pages: the month's overview of everyone's pay for the owner and the accountant, and one person's
 * statement for the month, which the owner and the accountant open for anyone and a doctor for themselves only
 * ({@code /finance/payroll/me} leads them there). Months are picked with {@code ?month=2026-11}, the current one by
 * default.
 */
@Controller
@RequestMapping("/finance/payroll")
class PayrollController {

	private final Payroll payroll;
	private final PayrollAccess access;

	PayrollController(Payroll payroll, PayrollAccess access) {
		this.payroll = payroll;
		this.access = access;
	}

	@GetMapping
	String overview(@RequestParam(required = false) String month, Authentication signedIn, Locale locale, Model model) {
		if (!PayrollAccess.keepsPayroll(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var shown = PayrollMonth.of(month, payroll.currentMonth());
		model.addAttribute("month", shown);
		model.addAttribute("monthLabel", shown.label(locale));
		model.addAttribute("overview", payroll.overview(shown.month()));
		return "finance/payroll/overview";
	}

	/** The signed-in person's own statement; someone not linked to a staff record is told so (or sent to the overview). */
	@GetMapping("/me")
	String mine(@RequestParam(required = false) String month, Authentication signedIn, Model model) {
		var shown = PayrollMonth.of(month, payroll.currentMonth());
		var own = access.own(signedIn);
		if (own.isPresent()) {
			return "redirect:/finance/payroll/" + own.get() + "?month=" + shown.month();
		}
		if (PayrollAccess.keepsPayroll(signedIn)) {
			return "redirect:/finance/payroll?month=" + shown.month();
		}
		return "finance/payroll/unlinked";
	}

	@GetMapping("/{id}")
	String statement(@PathVariable UUID id, @RequestParam(required = false) String month, Authentication signedIn,
			Locale locale, Model model) {
		var person = new StaffMemberId(id);
		if (!access.maySee(signedIn, person)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var shown = PayrollMonth.of(month, payroll.currentMonth());
		var statement = payroll.statementOf(person, shown.month())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var opensVisits = PayrollAccess.opensVisits(signedIn);
		model.addAttribute("month", shown);
		model.addAttribute("monthLabel", shown.label(locale));
		model.addAttribute("statement", statement);
		model.addAttribute("rows", statement.accruals().stream().map(accrual -> AccrualRow.of(accrual, opensVisits, locale))
				.toList());
		model.addAttribute("keepsPayroll", PayrollAccess.keepsPayroll(signedIn));
		return "finance/payroll/statement";
	}
}
