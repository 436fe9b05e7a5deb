package com.clubstom.staff.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.staff.InvalidPayTermsException;
import com.clubstom.kernel.Money;
import com.clubstom.staff.PayHistory;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PaySchemes.PaySchemeChangedMeanwhileException;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberId;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

/**
 * A staff member's pay scheme, as a fragment of the staff profile (loaded with {@code hx-trigger="load"}): the terms in
 * effect today and the history. The owner and the accountant see everyone's and set new terms from a date in a modal
 * dialog; anyone else sees only their own and gets 403 for another person's. A save answers with the refreshed
 * fragment and a toast.
 */
@Controller
@RequestMapping("/staff/{id}/pay")
class PaySchemeController {

	/** Where the profile page puts the fragment; a successful save replaces it. */
	static final String FRAGMENT_ID = "staff-pay";

	private final PaySchemes pay;
	private final StaffDirectory directory;
	private final PayAccess access;

	PaySchemeController(PaySchemes pay, StaffDirectory directory, PayAccess access) {
		this.pay = pay;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping
	String fragment(@PathVariable UUID id, Authentication signedIn, Locale locale, Model model) {
		var staffMember = new StaffMemberId(id);
		if (!access.maySee(signedIn, staffMember)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return fragment(existing(id), signedIn, locale, model);
	}

	@GetMapping("/edit")
	String editForm(@PathVariable UUID id, Authentication signedIn, Locale locale, Model model) {
		requireManagesPay(signedIn);
		var staffMember = existing(id);
		var history = pay.payHistoryOf(staffMember);
		var entries = history.entries();
		var today = pay.today();
		var from = history.isEmpty() ? today.withDayOfMonth(1) : today.with(TemporalAdjusters.firstDayOfNextMonth());
		var latest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		return dialog(staffMember, PayTermsInput.of(latest, from, history.version(), locale), model);
	}

	/**
	 * Sets new terms from the typed date; refused ones come back in the dialog with the reasons beside the fields and the
	 * input kept, and so does a form based on a history someone else changed meanwhile.
	 */
	@PostMapping
	String save(@PathVariable UUID id, @ModelAttribute("pay") PayTermsInput input, BindingResult errors,
			Authentication signedIn, Locale locale, HtmxRequest htmx, HtmxResponse htmxResponse, Model model) {
		requireManagesPay(signedIn);
		var staffMember = existing(id);
		var effectiveFrom = input.effectiveFrom(errors);
		var terms = input.toTerms(errors);
		input.report(pay.check(effectiveFrom, terms), errors);
		if (!errors.hasErrors()) {
			try {
				pay.setTerms(staffMember, effectiveFrom, terms, input.getVersion() == null ? -1 : input.getVersion());
			}
			catch (InvalidPayTermsException invalid) {
				input.report(invalid.violations(), errors);
			}
			catch (PaySchemeChangedMeanwhileException meanwhile) {
				var current = pay.payHistoryOf(staffMember);
				model.addAttribute("changedMeanwhileBy", current.changedBy());
				input.setVersion(current.version());
				return dialog(staffMember, input.fillRows(), model);
			}
		}
		if (errors.hasErrors()) {
			return dialog(staffMember, input.fillRows(), model);
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/staff/" + id;
		}
		htmxResponse.setRetarget("#" + FRAGMENT_ID);
		htmxResponse.setReswap(HtmxReswap.outerHtml());
		model.addAttribute("toastCode", "pay.saved");
		model.addAttribute("closeDialog", true);
		return fragment(staffMember, signedIn, locale, model);
	}

	private String fragment(StaffMemberId staffMember, Authentication signedIn, Locale locale, Model model) {
		var history = pay.payHistoryOf(staffMember);
		var today = pay.today();
		var current = history.effectiveOn(today).orElse(null);
		var rows = new ArrayList<PayRow>();
		for (var terms : history.entries()) {
			rows.add(PayRow.of(terms, terms.equals(current), terms.effectiveFrom().isAfter(today), locale));
		}
		Collections.reverse(rows);
		model.addAttribute("staffMemberId", staffMember.toString());
		model.addAttribute("current", current == null ? null : PayRow.of(current, true, false, locale));
		model.addAttribute("history", rows);
		model.addAttribute("today", today);
		model.addAttribute("canEdit", PayAccess.managesPay(signedIn));
		return "staff/pay :: pay";
	}

	private String dialog(StaffMemberId staffMember, PayTermsInput input, Model model) {
		model.addAttribute("pay", input);
		model.addAttribute("staffMemberId", staffMember.toString());
		model.addAttribute("bases", ProductionBase.values());
		model.addAttribute("earliest", PayHistory.earliestEffectiveFrom(pay.today()));
		return "staff/pay-dialog :: dialog";
	}

	private static void requireManagesPay(Authentication signedIn) {
		if (!PayAccess.managesPay(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private StaffMemberId existing(UUID id) {
		return directory.find(new StaffMemberId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
				.id();
	}

	/** {@code 27,5 %} in Russian, {@code 27.5 %} in English. */
	static String percent(Percent percent, Locale locale) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)).format(percent.value()) + "\u00a0%";
	}

	/** Terms as the fragment shows them: amounts and percentages formatted, the base as a message code's key. */
	record PayRow(LocalDate effectiveFrom, String salary, String productionShare, ProductionBase productionBase,
			List<RateRow> serviceRates, String assistantShare, boolean current, boolean upcoming) {

		static PayRow of(PayTerms terms, boolean current, boolean upcoming, Locale locale) {
			return new PayRow(terms.effectiveFrom(), terms.salary() == null ? null : terms.salary().display(locale),
					terms.productionShare() == null ? null : percent(terms.productionShare(), locale), terms.productionBase(),
					terms.serviceRates().stream().map(rate -> new RateRow(rate.serviceCode(), rate.amount().display(locale)))
							.toList(),
					terms.assistantShare() == null ? null : percent(terms.assistantShare(), locale), current, upcoming);
		}
	}

	/** A per-service amount as shown: the code and {@code 1 500,00 ₽}. */
	record RateRow(String serviceCode, String amount) {
	}
}
