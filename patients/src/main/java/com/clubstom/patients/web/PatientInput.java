package com.clubstom.patients.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.IdentityDocument;
import com.clubstom.patients.InsurancePolicy;
import com.clubstom.patients.LegalRepresentative;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.kernel.PhoneNumber;
import com.clubstom.patients.ReferralSource;
import com.clubstom.patients.Sex;

/**
 * A patient as typed into the registration and edit form, and as sent to {@code /api/patients}: one shape, so the page
 * and the API accept and refuse exactly the same things. Phones arrive in any format and are read here; everything
 * else is checked by {@link com.clubstom.patients.PatientRules}.
 */
public class PatientInput {

	private String lastName;
	private String firstName;
	private String middleName;
	@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
	private LocalDate birthDate;
	private Sex sex;
	private String phone;
	private List<String> additionalPhones = new ArrayList<>();
	private String email;
	private String address;
	private ContactChannel preferredContact;
	private ReferralSource referralSource;
	private List<String> tags = new ArrayList<>();
	private String notes;
	private Representative representative = new Representative();
	private Document identityDocument = new Document();
	private Insurance insurance = new Insurance();
	private Boolean personalDataConsent;
	@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
	private LocalDate personalDataConsentDate;
	private Long version;
	private boolean duplicateConfirmed;

	/** The form of a stored patient; documents and insurance only for people who may see them. */
	static PatientInput of(Patient patient, boolean withDocuments) {
		var details = patient.details();
		var input = new PatientInput();
		input.lastName = details.lastName();
		input.firstName = details.firstName();
		input.middleName = details.middleName();
		input.birthDate = details.birthDate();
		input.sex = details.sex();
		input.setContacts(details.contacts());
		input.referralSource = details.referralSource();
		input.tags = new ArrayList<>(details.tags());
		input.notes = details.notes();
		if (details.representative() != null) {
			var r = details.representative();
			input.representative = new Representative(r.fullName(), r.relation(), display(r.phone()), r.document());
		}
		if (withDocuments && details.identityDocument() != null) {
			var d = details.identityDocument();
			input.identityDocument = new Document(d.type(), d.series(), d.number(), d.issuedBy(), d.issuedOn());
		}
		if (withDocuments && details.insurance() != null) {
			var i = details.insurance();
			input.insurance = new Insurance(i.insurer(), i.policyNumber(), i.validFrom(), i.validUntil());
		}
		input.personalDataConsent = patient.consent().given();
		input.personalDataConsentDate = patient.consent().date();
		input.version = patient.version();
		return input;
	}

	void setContacts(PatientContacts contacts) {
		phone = display(contacts.phone());
		additionalPhones = new ArrayList<>(contacts.otherPhones().stream().map(PatientInput::display).toList());
		email = contacts.email();
		address = contacts.address();
		preferredContact = contacts.preferredChannel();
	}

	/** The details typed, with unreadable phones reported into {@code errors} against their fields. */
	PatientDetails toDetails(Errors errors) {
		var representativeDetails = representative == null || representative.isBlank() ? null
				: new LegalRepresentative(representative.fullName, representative.relation,
						phoneIn(representative.phone, "representative.phone", errors), representative.document);
		var document = identityDocument == null || identityDocument.isBlank() ? null
				: new IdentityDocument(identityDocument.type, identityDocument.series, identityDocument.number,
						identityDocument.issuedBy, identityDocument.issuedOn);
		var policy = insurance == null || insurance.isBlank() ? null
				: new InsurancePolicy(insurance.insurer, insurance.policyNumber, insurance.validFrom, insurance.validUntil);
		return new PatientDetails(lastName, firstName, middleName, birthDate, sex, toContacts(errors), referralSource, tags,
				notes, representativeDetails, document, policy);
	}

	/** Just the contacts typed (what clinical staff may change). */
	PatientContacts toContacts(Errors errors) {
		var others = new ArrayList<String>();
		for (int i = 0; additionalPhones != null && i < additionalPhones.size(); i++) {
			var number = phoneIn(additionalPhones.get(i), "additionalPhones[" + i + "]", errors);
			if (number != null) {
				others.add(number);
			}
		}
		return new PatientContacts(phoneIn(phone, "phone", errors), others, email, address, preferredContact);
	}

	private static String phoneIn(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var number = PhoneNumber.tryParse(typed);
		if (number.isEmpty()) {
			errors.rejectValue(field, "patient.phone.invalid");
			return null;
		}
		return number.get().value();
	}

	private static String display(String stored) {
		return stored == null ? null : PhoneNumber.tryParse(stored).map(PhoneNumber::display).orElse(stored);
	}

	private static boolean allBlank(Object... values) {
		for (var value : values) {
			if (value instanceof String text ? !text.isBlank() : value != null) {
				return false;
			}
		}
		return true;
	}

	/** The parent or guardian of a minor. */
	public static class Representative {

		private String fullName;
		private LegalRepresentative.Relation relation;
		private String phone;
		private String document;

		public Representative() {
		}

		Representative(String fullName, LegalRepresentative.Relation relation, String phone, String document) {
			this.fullName = fullName;
			this.relation = relation;
			this.phone = phone;
			this.document = document;
		}

		boolean isBlank() {
			return allBlank(fullName, relation, phone, document);
		}

		public String getFullName() { return fullName; }
		public void setFullName(String fullName) { this.fullName = fullName; }
		public LegalRepresentative.Relation getRelation() { return relation; }
		public void setRelation(LegalRepresentative.Relation relation) { this.relation = relation; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getDocument() { return document; }
		public void setDocument(String document) { this.document = document; }
	}

	/** An identity document. */
	public static class Document {

		private IdentityDocument.Type type;
		private String series;
		private String number;
		private String issuedBy;
		@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
		private LocalDate issuedOn;

		public Document() {
		}

		Document(IdentityDocument.Type type, String series, String number, String issuedBy, LocalDate issuedOn) {
			this.type = type;
			this.series = series;
			this.number = number;
			this.issuedBy = issuedBy;
			this.issuedOn = issuedOn;
		}

		boolean isBlank() {
			return allBlank(series, number, issuedBy, issuedOn);
		}

		public IdentityDocument.Type getType() { return type; }
		public void setType(IdentityDocument.Type type) { this.type = type; }
		public String getSeries() { return series; }
		public void setSeries(String series) { this.series = series; }
		public String getNumber() { return number; }
		public void setNumber(String number) { this.number = number; }
		public String getIssuedBy() { return issuedBy; }
		public void setIssuedBy(String issuedBy) { this.issuedBy = issuedBy; }
		public LocalDate getIssuedOn() { return issuedOn; }
		public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
	}

	/** A ДМС policy. */
	public static class Insurance {

		private String insurer;
		private String policyNumber;
		@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
		private LocalDate validFrom;
		@DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = { "yyyy-MM-dd", "d.M.yyyy" })
		private LocalDate validUntil;

		public Insurance() {
		}

		Insurance(String insurer, String policyNumber, LocalDate validFrom, LocalDate validUntil) {
			this.insurer = insurer;
			this.policyNumber = policyNumber;
			this.validFrom = validFrom;
			this.validUntil = validUntil;
		}

		boolean isBlank() {
			return allBlank(insurer, policyNumber, validFrom, validUntil);
		}

		public String getInsurer() { return insurer; }
		public void setInsurer(String insurer) { this.insurer = insurer; }
		public String getPolicyNumber() { return policyNumber; }
		public void setPolicyNumber(String policyNumber) { this.policyNumber = policyNumber; }
		public LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
		public LocalDate getValidUntil() { return validUntil; }
		public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
	}

	public String getLastName() { return lastName; }
	public void setLastName(String lastName) { this.lastName = lastName; }
	public String getFirstName() { return firstName; }
	public void setFirstName(String firstName) { this.firstName = firstName; }
	public String getMiddleName() { return middleName; }
	public void setMiddleName(String middleName) { this.middleName = middleName; }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public Sex getSex() { return sex; }
	public void setSex(Sex sex) { this.sex = sex; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public List<String> getAdditionalPhones() { return additionalPhones; }
	public void setAdditionalPhones(List<String> additionalPhones) {
		this.additionalPhones = additionalPhones == null ? new ArrayList<>()
				: new ArrayList<>(additionalPhones.stream().filter(Objects::nonNull).toList());
	}
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public ContactChannel getPreferredContact() { return preferredContact; }
	public void setPreferredContact(ContactChannel preferredContact) { this.preferredContact = preferredContact; }
	public ReferralSource getReferralSource() { return referralSource; }
	public void setReferralSource(ReferralSource referralSource) { this.referralSource = referralSource; }
	public List<String> getTags() { return tags; }
	public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags); }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public Representative getRepresentative() { return representative; }
	public void setRepresentative(Representative representative) {
		this.representative = representative == null ? new Representative() : representative;
	}
	public Document getIdentityDocument() { return identityDocument; }
	public void setIdentityDocument(Document identityDocument) {
		this.identityDocument = identityDocument == null ? new Document() : identityDocument;
	}
	public Insurance getInsurance() { return insurance; }
	public void setInsurance(Insurance insurance) { this.insurance = insurance == null ? new Insurance() : insurance; }
	public Boolean getPersonalDataConsent() { return personalDataConsent; }
	public void setPersonalDataConsent(Boolean personalDataConsent) { this.personalDataConsent = personalDataConsent; }
	public LocalDate getPersonalDataConsentDate() { return personalDataConsentDate; }
	public void setPersonalDataConsentDate(LocalDate personalDataConsentDate) { this.personalDataConsentDate = personalDataConsentDate; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public boolean isDuplicateConfirmed() { return duplicateConfirmed; }
	public void setDuplicateConfirmed(boolean duplicateConfirmed) { this.duplicateConfirmed = duplicateConfirmed; }
}
