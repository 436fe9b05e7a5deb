package com.clubstom.patients;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every patient's details obey, shared by the pages, the API and the aggregate so that all three refuse the
 * same things with the same messages.
 */
public final class PatientRules {

	/** Below this age the legal representative signs consents (Federal Law 323-FZ, art. 20 and 54). */
	public static final int ADULT_CONSENT_AGE = 15;

	static final int LONGEST_NAME = 60;
	static final int OLDEST_AGE = 120;
	static final int LONGEST_ADDRESS = 300;
	static final int LONGEST_NOTES = 4000;
	static final int MOST_TAGS = 12;
	static final int LONGEST_TAG = 30;
	static final int MOST_OTHER_PHONES = 4;

	/** Letters of any alphabet, with spaces, hyphens, apostrophes and dots between them ("Мамин-Сибиряк", "O'Neil"). */
	private static final Pattern NAME = Pattern.compile("\\p{L}+(?:[ '’.\\-]+\\p{L}+)*\\.?");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

	private PatientRules() {
	}

	/** Full years on {@code today}. */
	public static int ageOn(LocalDate birthDate, LocalDate today) {
		return Period.between(birthDate, today).getYears();
	}

	/** Whether someone born on {@code birthDate} needs a legal representative on {@code today}. */
	public static boolean needsRepresentative(LocalDate birthDate, LocalDate today) {
		return birthDate != null && !birthDate.isAfter(today) && ageOn(birthDate, today) < ADULT_CONSENT_AGE;
	}

	/** Every broken rule, in the order of the form's fields; empty when the details may be saved. */
	public static List<Violation> check(PatientDetails details, LocalDate today) {
		var broken = new ArrayList<Violation>();
		name(details.lastName(), "lastName", true, broken);
		name(details.firstName(), "firstName", true, broken);
		name(details.middleName(), "middleName", false, broken);
		if (details.birthDate() == null) {
			broken.add(new Violation("birthDate", "patient.birthDate.required"));
		}
		else if (details.birthDate().isAfter(today)) {
			broken.add(new Violation("birthDate", "patient.birthDate.future"));
		}
		else if (ageOn(details.birthDate(), today) > OLDEST_AGE) {
			broken.add(new Violation("birthDate", "patient.birthDate.too-old"));
		}
		if (details.sex() == null) {
			broken.add(new Violation("sex", "patient.sex.required"));
		}
		contacts(details.contacts(), broken);
		if (details.tags().size() > MOST_TAGS) {
			broken.add(new Violation("tags", "patient.tags.too-many"));
		}
		else if (details.tags().stream().anyMatch(tag -> tag.length() > LONGEST_TAG)) {
			broken.add(new Violation("tags", "patient.tags.too-long"));
		}
		if (details.notes() != null && details.notes().length() > LONGEST_NOTES) {
			broken.add(new Violation("notes", "patient.notes.too-long"));
		}
		representative(details, today, broken);
		if (details.identityDocument() != null) {
			var document = details.identityDocument();
			if (document.type() == null) {
				broken.add(new Violation("identityDocument.type", "patient.document.type.required"));
			}
			if (document.number() == null) {
				broken.add(new Violation("identityDocument.number", "patient.document.number.required"));
			}
			if (document.issuedOn() != null && document.issuedOn().isAfter(today)) {
				broken.add(new Violation("identityDocument.issuedOn", "patient.document.issuedOn.future"));
			}
		}
		if (details.insurance() != null) {
			var policy = details.insurance();
			if (policy.insurer() == null) {
				broken.add(new Violation("insurance.insurer", "patient.insurance.insurer.required"));
			}
			if (policy.policyNumber() == null) {
				broken.add(new Violation("insurance.policyNumber", "patient.insurance.number.required"));
			}
			if (policy.validFrom() != null && policy.validUntil() != null && policy.validUntil().isBefore(policy.validFrom())) {
				broken.add(new Violation("insurance.validUntil", "patient.insurance.validUntil.before-start"));
			}
		}
		return List.copyOf(broken);
	}

	/** The rules of the contacts alone (clinical staff change only these). */
	public static List<Violation> check(PatientContacts contacts) {
		var broken = new ArrayList<Violation>();
		contacts(contacts, broken);
		return List.copyOf(broken);
	}

	private static void contacts(PatientContacts contacts, List<Violation> broken) {
		if (contacts.phone() == null) {
			broken.add(new Violation("phone", "patient.phone.required"));
		}
		if (contacts.otherPhones().size() > MOST_OTHER_PHONES) {
			broken.add(new Violation("additionalPhones", "patient.phones.too-many"));
		}
		if (contacts.email() != null && !EMAIL.matcher(contacts.email()).matches()) {
			broken.add(new Violation("email", "patient.email.invalid"));
		}
		if (contacts.address() != null && contacts.address().length() > LONGEST_ADDRESS) {
			broken.add(new Violation("address", "patient.address.too-long"));
		}
	}

	private static void representative(PatientDetails details, LocalDate today, List<Violation> broken) {
		var representative = details.representative();
		var required = needsRepresentative(details.birthDate(), today);
		if (representative == null) {
			if (required) {
				broken.add(new Violation("representative.fullName", "patient.representative.required"));
			}
			return;
		}
		if (representative.fullName() == null) {
			broken.add(new Violation("representative.fullName", "patient.representative.name.required"));
		}
		if (representative.relation() == null) {
			broken.add(new Violation("representative.relation", "patient.representative.relation.required"));
		}
		if (representative.phone() == null) {
			broken.add(new Violation("representative.phone", "patient.representative.phone.required"));
		}
	}

	private static void name(String value, String field, boolean required, List<Violation> broken) {
		if (value == null) {
			if (required) {
				broken.add(new Violation(field, "patient.name.required"));
			}
		}
		else if (value.length() > LONGEST_NAME) {
			broken.add(new Violation(field, "patient.name.too-long"));
		}
		else if (!NAME.matcher(value).matches()) {
			broken.add(new Violation(field, "patient.name.invalid"));
		}
	}
}
