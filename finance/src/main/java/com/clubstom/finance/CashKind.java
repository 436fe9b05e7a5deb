package com.clubstom.finance;

import java.util.Arrays;
import java.util.List;

/** What a cash desk operation is: money coming in, or going out and what for. */
public enum CashKind {

	/** A patient's payment or other income. */
	INCOME(true),
	/** Running costs: rent, utilities, repairs. */
	EXPENSE(false),
	/** Cash taken from the till to the bank. */
	BANK_DEPOSIT(false),
	/** Pay handed to a staff member. */
	SALARY(false),
	/** Materials, instruments, medicines. */
	PURCHASE(false),
	/** Money handed back to a patient. */
	REFUND(false);

	private final boolean income;

	CashKind(boolean income) {
		this.income = income;
	}

	public boolean isIncome() {
		return income;
	}

	/** The categories an operation of this kind is filed under. */
	public List<CashCategory> categories() {
		return Arrays.stream(CashCategory.values()).filter(category -> category.kind() == this).toList();
	}

	/** The kinds the cash desk's form offers; patients' payments and refunds come from their accounts. */
	public static List<CashKind> enteredAtTheDesk() {
		return List.of(INCOME, EXPENSE, BANK_DEPOSIT, SALARY, PURCHASE);
	}
}
