package com.clubstom.finance;

/** Where the cash desk files an operation, within its {@link CashKind}: what the daily report adds up by. */
public enum CashCategory {

	PATIENT_PAYMENT(CashKind.INCOME),
	OTHER_INCOME(CashKind.INCOME),
	RENT(CashKind.EXPENSE),
	UTILITIES(CashKind.EXPENSE),
	EQUIPMENT_SERVICE(CashKind.EXPENSE),
	MARKETING(CashKind.EXPENSE),
	TAXES(CashKind.EXPENSE),
	OTHER_EXPENSE(CashKind.EXPENSE),
	BANK_DEPOSIT(CashKind.BANK_DEPOSIT),
	SALARY(CashKind.SALARY),
	SALARY_ADVANCE(CashKind.SALARY),
	MATERIALS(CashKind.PURCHASE),
	INSTRUMENTS(CashKind.PURCHASE),
	MEDICINES(CashKind.PURCHASE),
	OFFICE_SUPPLIES(CashKind.PURCHASE),
	PATIENT_REFUND(CashKind.REFUND);

	private final CashKind kind;

	CashCategory(CashKind kind) {
		this.kind = kind;
	}

	public CashKind kind() {
		return kind;
	}
}
