/**
 * Finance: what patients owe and pay, the clinic's till, and what the staff earn.
 * <p>
 * <b>Patient accounts</b> are an append-only ledger ({@link com.clubstom.finance.LedgerEntry}): a completed visit charges
 * the patient once ({@link com.clubstom.finance.PatientCharged}); payments by cash, card, transfer or the insurer (ДМС),
 * deposits kept as an advance, refunds, discounts and corrections are entries of their own, dated and attributed, never
 * edited or deleted. Balance, debt and advance are sums of the entries ({@link com.clubstom.finance.PatientAccounts}).
 * <p>
 * <b>The cash desk</b> records income, expenses, bank deposits, salary payouts and purchases per business day
 * ({@link com.clubstom.finance.CashDesk}); closing a day locks it ({@link com.clubstom.finance.CashDayClosed}).
 * <p>
 * <b>Payroll</b> accrues each person's pay from the visits they took part in under the pay scheme effective that day, and
 * states it per month with the payouts made. Depends on patients, staff (pay schemes) and the medical record (visits).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance",
		allowedDependencies = { "patients", "staff", "medicalrecord", "audit", "kernel" })
package com.clubstom.finance;
