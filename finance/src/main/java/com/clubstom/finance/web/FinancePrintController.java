package com.clubstom.finance.web;

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

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditTrail;
import com.clubstom.finance.ClinicRequisites;
import com.clubstom.finance.PatientAccounts;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.ClinicProfile;

/**
 * The account's printouts, each an A4 page of its own: the receipt of a payment, deposit or refund; the statement of the
 * whole account; and the certificate for the patient's tax deduction (КНД 1151156) for a chosen year, which the
 * accountant and the owner issue. Every printout is recorded in the patient's audit trail.
 */
@Controller
@RequestMapping("/patients/{id}/finance")
class FinancePrintController {

	private final PatientAccounts accounts;
	private final PatientRegistry registry;
	private final ClinicProfile clinic;
	private final ClinicRequisites requisites;
	private final StaffNames names;
	private final AuditTrail audit;

	FinancePrintController(PatientAccounts accounts, PatientRegistry registry, ClinicProfile clinic, ClinicRequisites requisites,
			StaffNames names, AuditTrail audit) {
		this.accounts = accounts;
		this.registry = registry;
		this.clinic = clinic;
		this.requisites = requisites;
		this.names = names;
		this.audit = audit;
	}

	@GetMapping("/entries/{entry}/receipt")
	String receipt(@PathVariable UUID id, @PathVariable UUID entry, Model model) {
		var patient = printed(id, model);
		var posted = accounts.entry(entry).filter(found -> found.patientId().equals(id)).filter(found -> found.hasReceipt())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", posted);
		model.addAttribute("names", names.of(java.util.List.of(posted.by())));
		audit.record(AuditAction.EXPORT, PatientFinanceController.subject(patient), PatientFinanceController.SECTION);
		return "finance/receipt";
	}

	@GetMapping("/statement")
	String statement(@PathVariable UUID id, Model model) {
		var patient = printed(id, model);
		model.addAttribute("ledger", accounts.ledgerOf(patient.id()));
		model.addAttribute("today", accounts.today());
		audit.record(AuditAction.EXPORT, PatientFinanceController.subject(patient), PatientFinanceController.SECTION);
		return "finance/statement";
	}

	@GetMapping("/tax-certificate")
	String taxCertificate(@PathVariable UUID id, @RequestParam(required = false) Integer year, Authentication signedIn,
			Model model) {
		if (!FinanceAccess.keepsTheBooks(signedIn)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var patient = printed(id, model);
		var reported = year == null ? accounts.today().getYear() - 1 : year;
		if (reported < 2000 || reported > accounts.today().getYear()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("certificate", accounts.taxCertificate(patient, reported));
		model.addAttribute("today", accounts.today());
		model.addAttribute("issuedBy", names.of(java.util.List.of(signedIn.getName())).get(signedIn.getName()));
		audit.record(AuditAction.EXPORT, PatientFinanceController.subject(patient), PatientFinanceController.SECTION);
		return "finance/tax-certificate";
	}

	private Patient printed(UUID id, Model model) {
		var patient = registry.find(new PatientId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("patient", patient);
		model.addAttribute("clinicName", clinic.name());
		model.addAttribute("clinicAddress", clinic.address());
		model.addAttribute("zone", clinic.timeZone());
		model.addAttribute("requisites", requisites);
		return patient;
	}
}
