package com.clubstom.finance.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditTrail;
import com.clubstom.finance.PatientAccounts;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Where a patient's account stands, for the front desk's integrations (a kiosk, a payment terminal). */
@RestController
@Tag(name = "Finance")
class AccountApi {

	private final PatientAccounts accounts;
	private final PatientRegistry registry;
	private final AuditTrail audit;

	AccountApi(PatientAccounts accounts, PatientRegistry registry, AuditTrail audit) {
		this.accounts = accounts;
		this.registry = registry;
		this.audit = audit;
	}

	@GetMapping("/api/patients/{id}/account")
	@Operation(summary = "A patient's balance: debt and advance, summed from the ledger's entries")
	AccountResource account(@PathVariable UUID id) {
		var patient = registry.find(new PatientId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var balance = accounts.balanceOf(patient.id());
		audit.record(AuditAction.VIEW, PatientFinanceController.subject(patient), PatientFinanceController.SECTION);
		return new AccountResource(id, balance.balance().amount(), balance.debt().amount(), balance.advance().amount(), "RUB");
	}

	/** Amounts with two decimals; negative balance means the patient owes. */
	record AccountResource(UUID patientId, BigDecimal balance, BigDecimal debt, BigDecimal advance, String currency) {
	}
}
