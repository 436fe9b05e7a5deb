package com.clubstom.staff.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import com.clubstom.staff.Certificate;

/** A certificate as typed into the profile's small form; {@code null} from {@link #toCertificate} when refused. */
public class CertificateInput {

	private String title;
	private String issuer;
	private String number;
	@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
	private LocalDate validUntil;

	Certificate toCertificate(Errors errors) {
		if (title == null || title.isBlank()) {
			errors.rejectValue("title", "staff-member.required");
		}
		return errors.hasErrors() ? null : new Certificate(title, issuer, number, validUntil);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String issuer) { this.issuer = issuer; }
	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public LocalDate getValidUntil() { return validUntil; }
	public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
