package com.clubstom.finance.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;
import com.clubstom.finance.AccountBalance;
import com.clubstom.finance.EntryKind;
import com.clubstom.finance.InvalidPostingException;
import com.clubstom.finance.LedgerEntry;
import com.clubstom.finance.PatientAccounts;
import com.clubstom.finance.PaymentMethod;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;

/**
 * The "Finance" tab of the patient card and its dialog: the ledger with the running balance, where the account stands,
 * and the dialog that takes a payment or a deposit, hands back a refund, or (for the accountant and the owner) gives a
 * discount or a correction. A refused posting comes back into the dialog with the reasons beside the fields and the input
 * kept; a posted one closes into a confirmation with the receipt to print, and the tab reloads (event finance-changed).
 */
@Controller
@RequestMapping("/patients/{id}")
class PatientFinanceController {

	static final String CHANGED_EVENT = "finance-changed";
	static final String SECTION = "finance";

	private final PatientAccounts accounts;
	private final PatientRegistry registry;
	private final StaffNames names;
	private final AuditTrail audit;

	PatientFinanceController(PatientAccounts accounts, PatientRegistry registry, StaffNames names, AuditTrail audit) {
		this.accounts = accounts;
		this.registry = registry;
		this.names = names;
		this.audit = audit;
	}

	@GetMapping("/tabs/finance")
	String tab(@PathVariable UUID id, Authentication signedIn, Model model) {
		var patient = patient(id);
		var ledger = accounts.ledgerOf(patient.id());
		audit.record(AuditAction.VIEW, subject(patient), SECTION);
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("ledger", ledger);
		model.addAttribute("names", names.of(ledger.lines().stream().map(line -> line.entry().by()).toList()));
		model.addAttribute("numbers", ledger.lines().stream().collect(java.util.stream.Collectors.toMap(line -> line.entry().id(),
				line -> line.entry().number())));
		model.addAttribute("doctors", names.ofStaff(ledger.lines().stream().map(line -> line.entry().doctorId()).toList()));
		model.addAttribute("keepsTheBooks", FinanceAccess.keepsTheBooks(signedIn));
		model.addAttribute("lastYear", accounts.today().getYear() - 1);
		model.addAttribute("thisYear", accounts.today().getYear());
		return "finance/tab :: tab";
	}

	/** The dialog, for a payment unless another kind is asked for; a payment starts at the debt. */
	@GetMapping("/finance/postings/new")
	String dialog(@PathVariable UUID id, @RequestParam(defaultValue = "PAYMENT") EntryKind kind,
			@RequestParam(required = false) UUID reference, Authentication signedIn, Model model) {
		var patient = patient(id);
		var form = new PostingForm();
		form.setKind(offered(signedIn).contains(kind) ? kind : EntryKind.PAYMENT);
		var balance = accounts.balanceOf(patient.id());
		var debt = balance.debt();
		if (form.getKind() == EntryKind.PAYMENT && debt.isPositive()) {
			form.setAmount(debt.amount().toPlainString());
		}
		// a correction or discount of one entry starts at that entry's sum
		if (reference != null && FinanceAccess.keepsTheBooks(signedIn)) {
			accounts.entry(reference).filter(entry -> entry.patientId().equals(id)).ifPresent(entry -> {
				form.setReference(entry.id().toString());
				form.setAmount(entry.amount().abs().amount().toPlainString());
			});
		}
		if (patient.details().insurance() != null) {
			form.setInsurer(patient.details().insurance().insurer());
		}
		return dialog(patient, form, balance, signedIn, model);
	}

	@PostMapping("/finance/postings")
	String post(@PathVariable UUID id, @ModelAttribute("posting") PostingForm form, BindingResult errors,
			Authentication signedIn, HtmxResponse htmx, Model model) {
		var patient = patient(id);
		var posting = form.toPosting(errors);
		if (!errors.hasErrors()) {
			try {
				var entry = accounts.post(patient.id(), posting, FinanceAccess.authority(signedIn));
				audit.record(AuditAction.CHANGE, subject(patient), SECTION, List.of(entry.kind().name().toLowerCase(Locale.ROOT)));
				htmx.addTriggerAfterSwap(CHANGED_EVENT);
				model.addAttribute("toastCode", "finance.posted." + entry.kind());
				return posted(patient, entry, model);
			}
			catch (InvalidPostingException refused) {
				Refusals.report(refused.violations(), errors);
			}
		}
		else {
			Refusals.report(posting.violations(), errors);
		}
		return dialog(patient, form, accounts.balanceOf(patient.id()), signedIn, model);
	}

	private String posted(Patient patient, LedgerEntry entry, Model model) {
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("entry", entry);
		model.addAttribute("balance", accounts.balanceOf(patient.id()));
		return "finance/posting :: posting-done";
	}

	private String dialog(Patient patient, PostingForm form, AccountBalance balance, Authentication signedIn, Model model) {
		model.addAttribute("posting", form);
		model.addAttribute("patientId", patient.id().toString());
		model.addAttribute("patientName", patient.fullName());
		model.addAttribute("balance", balance);
		model.addAttribute("kinds", offered(signedIn));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("refundLimit", accounts.frontDeskRefundLimit());
		model.addAttribute("keepsTheBooks", FinanceAccess.keepsTheBooks(signedIn));
		var referenced = TypedValues.id(form.getReference());
		model.addAttribute("referenced", referenced == null ? null : accounts.entry(referenced).orElse(null));
		return "finance/posting :: posting-dialog";
	}

	/** What the dialog offers the person: the front desk takes money and refunds; the books keepers the rest too. */
	private static List<EntryKind> offered(Authentication signedIn) {
		return FinanceAccess.keepsTheBooks(signedIn)
				? List.of(EntryKind.PAYMENT, EntryKind.DEPOSIT, EntryKind.REFUND, EntryKind.DISCOUNT, EntryKind.CORRECTION_CREDIT,
						EntryKind.CORRECTION_DEBIT)
				: List.of(EntryKind.PAYMENT, EntryKind.DEPOSIT, EntryKind.REFUND);
	}


	private Patient patient(UUID id) {
		return registry.find(new PatientId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}
}
