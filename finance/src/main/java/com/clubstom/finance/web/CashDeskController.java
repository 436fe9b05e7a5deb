package com.clubstom.finance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.finance.CashCategory;
import com.clubstom.finance.CashDesk;
import com.clubstom.finance.CashKind;
import com.clubstom.finance.InvalidPostingException;
import com.clubstom.finance.PaymentMethod;
import com.clubstom.finance.UnknownCashOperationException;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The cash desk at {@code /finance}, for the accountant and the owner: a business day's report (opening cash, in and out
 * by method and by category, closing cash) with its operations, a dialog for a new operation and one for the correction
 * of an earlier one (both landing on the open day), and the day's closing. A saved dialog reloads the day.
 */
@Controller
@RequestMapping("/finance")
class CashDeskController {

	static final String CHANGED_EVENT = "cash-desk-changed";

	private final CashDesk cashDesk;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final ClinicProfile clinic;
	private final MessageSource messages;

	CashDeskController(CashDesk cashDesk, StaffDirectory staff, StaffNames names, ClinicProfile clinic, MessageSource messages) {
		this.cashDesk = cashDesk;
		this.staff = staff;
		this.names = names;
		this.clinic = clinic;
		this.messages = messages;
	}

	@GetMapping
	String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale,
			HttpServletRequest request, Model model) {
		var openDay = cashDesk.openDay();
		var shown = day == null ? openDay : day;
		var report = cashDesk.reportFor(shown);
		model.addAttribute("report", report);
		model.addAttribute("openDay", openDay);
		model.addAttribute("mayRecord", shown.equals(openDay));
		model.addAttribute("mayClose", !report.isClosed() && !shown.isAfter(openDay));
		var people = new ArrayList<String>();
		report.operations().forEach(operation -> people.add(operation.by()));
		if (report.closing() != null) {
			people.add(report.closing().closedBy());
		}
		var signIns = names.of(people);
		model.addAttribute("names", signIns);
		model.addAttribute("operationRows", new OperationRows(messages, locale, clinic.timeZone(), request.getContextPath(), signIns,
				staffNames(), cashDesk.corrected(report.operations())).of(report.operations()));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("zone", clinic.timeZone());
		return "finance/cash-desk";
	}

	@GetMapping("/operations/new")
	String newOperation(@RequestParam(defaultValue = "EXPENSE") CashKind kind, Model model) {
		var form = new CashOperationForm();
		form.setKind(CashKind.enteredAtTheDesk().contains(kind) ? kind : CashKind.EXPENSE);
		form.setPayrollMonth(YearMonth.from(cashDesk.today()).toString());
		return dialog(form, model);
	}

	@PostMapping("/operations")
	Object record(@ModelAttribute("operation") CashOperationForm form, BindingResult errors, Authentication signedIn,
			HtmxResponse htmx, Model model) {
		var request = form.toRequest(errors);
		if (!errors.hasErrors()) {
			try {
				cashDesk.record(request, FinanceAccess.mayOverdraw(signedIn));
				return saved("cash.recorded", htmx, model);
			}
			catch (InvalidPostingException refused) {
				Refusals.report(refused.violations(), errors);
			}
		}
		else {
			Refusals.report(request.violations(), errors);
		}
		return dialog(form, model);
	}

	@GetMapping("/operations/{id}/correction")
	String correction(@PathVariable UUID id, Model model) {
		model.addAttribute("original", cashDesk.operation(id).orElseThrow(() -> new UnknownCashOperationException(id)));
		return "finance/cash-operation :: correction-dialog";
	}

	@PostMapping("/operations/{id}/correction")
	String correct(@PathVariable UUID id, @RequestParam(required = false) String reason, HtmxResponse htmx, Model model) {
		var original = cashDesk.operation(id).orElseThrow(() -> new UnknownCashOperationException(id));
		try {
			cashDesk.correct(id, reason);
			return saved("cash.corrected.toast", htmx, model);
		}
		catch (InvalidPostingException refused) {
			model.addAttribute("original", original);
			model.addAttribute("reason", reason);
			model.addAttribute("refusal", refused.violations().get(0).code());
			return "finance/cash-operation :: correction-dialog";
		}
	}

	/** The closing's confirmation: the figures the day will be locked with. */
	@GetMapping("/days/{day}/closing")
	String closing(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("report", cashDesk.reportFor(day));
		return "finance/cash-operation :: closing-dialog";
	}

	@PostMapping("/days/{day}/closing")
	String close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, HtmxRequest htmx,
			RedirectAttributes redirect) {
		try {
			cashDesk.close(day);
			redirect.addFlashAttribute("toastCode", "cash.closed");
		}
		catch (InvalidPostingException refused) {
			redirect.addFlashAttribute("toastErrorCode", refused.violations().get(0).code());
		}
		return "redirect:/finance?day=" + day;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(UnknownCashOperationException.class)
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	void unknownOperation() {
		// the card's own 404 page says it: no such operation
	}

	/** The dialog closes (an empty answer into it) and the day reloads itself, with a toast. */
	private String saved(String toastCode, HtmxResponse htmx, Model model) {
		htmx.addTriggerAfterSwap(CHANGED_EVENT);
		model.addAttribute("toastCode", toastCode);
		return "finance/cash-operation :: closed";
	}

	private String dialog(CashOperationForm form, Model model) {
		model.addAttribute("operation", form);
		model.addAttribute("kinds", CashKind.enteredAtTheDesk());
		model.addAttribute("categories", Arrays.stream(CashCategory.values())
				.filter(category -> CashKind.enteredAtTheDesk().contains(category.kind())).toList());
		model.addAttribute("methods", List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER));
		model.addAttribute("people", staff.catalogue(StaffCatalogueQuery.everyoneCurrent()));
		model.addAttribute("till", cashDesk.tillCash());
		return "finance/cash-operation :: operation-dialog";
	}

	private Map<UUID, String> staffNames() {
		return staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.collect(Collectors.toMap(member -> member.id().value(), StaffMember::fullName, (one, other) -> one));
	}

}
