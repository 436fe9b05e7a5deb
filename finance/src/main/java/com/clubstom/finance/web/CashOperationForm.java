package com.clubstom.finance.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import com.clubstom.finance.CashCategory;
import com.clubstom.finance.CashKind;
import com.clubstom.finance.CashRequest;
import com.clubstom.finance.PaymentMethod;

/** The cash desk's operation dialog as typed: the sum, the person and the month are read here, the rules are the request's. */
public class CashOperationForm {

	private CashKind kind = CashKind.EXPENSE;
	private CashCategory category;
	private String amount;
	private PaymentMethod method = PaymentMethod.CASH;
	private String comment;
	private String staffMemberId;
	private String payrollMonth;

	CashRequest toRequest(Errors errors) {
		return new CashRequest(kind, category, TypedValues.amount(amount, "amount", errors), method, comment,
				TypedValues.id(staffMemberId), month());
	}


	private YearMonth month() {
		try {
			return payrollMonth == null || payrollMonth.isBlank() ? null : YearMonth.parse(payrollMonth);
		}
		catch (DateTimeParseException notAMonth) {
			return null;
		}
	}

	public CashKind getKind() {
		return kind;
	}

	public void setKind(CashKind kind) {
		this.kind = kind;
	}

	public CashCategory getCategory() {
		return category;
	}

	public void setCategory(CashCategory category) {
		this.category = category;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public PaymentMethod getMethod() {
		return method;
	}

	public void setMethod(PaymentMethod method) {
		this.method = method;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getStaffMemberId() {
		return staffMemberId;
	}

	public void setStaffMemberId(String staffMemberId) {
		this.staffMemberId = staffMemberId;
	}

	public String getPayrollMonth() {
		return payrollMonth;
	}

	public void setPayrollMonth(String payrollMonth) {
		this.payrollMonth = payrollMonth;
	}
}
