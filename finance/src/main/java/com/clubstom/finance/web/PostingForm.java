package com.clubstom.finance.web;

import org.springframework.validation.Errors;

import com.clubstom.finance.EntryKind;
import com.clubstom.finance.PaymentMethod;
import com.clubstom.finance.Posting;

/** The payment dialog's fields as typed: the sum is read here, the rest of the rules are the {@link Posting}'s. */
public class PostingForm {

	private EntryKind kind = EntryKind.PAYMENT;
	private String amount;
	private PaymentMethod method;
	private String insurer;
	private String comment;
	private String reference;

	/** The posting, with a sum that is not a sum of roubles and kopecks reported beside its field. */
	Posting toPosting(Errors errors) {
		return new Posting(kind, TypedValues.amount(amount, "amount", errors), method, insurer, TypedValues.id(reference), comment);
	}


	public EntryKind getKind() {
		return kind;
	}

	public void setKind(EntryKind kind) {
		this.kind = kind;
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

	public String getInsurer() {
		return insurer;
	}

	public void setInsurer(String insurer) {
		this.insurer = insurer;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}
}
