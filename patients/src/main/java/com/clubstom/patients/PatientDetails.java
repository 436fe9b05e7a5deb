package com.clubstom.patients;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything about a patient the front desk registers and edits, as one value: checked by {@link PatientRules} before it
 * reaches a {@link Patient}.
 */
public record PatientDetails(String lastName, String firstName, String middleName, LocalDate birthDate, Sex sex,
		PatientContacts contacts, ReferralSource referralSource, List<String> tags, String notes,
		LegalRepresentative representative, IdentityDocument identityDocument, InsurancePolicy insurance) {

	public PatientDetails {
		lastName = Text.clean(lastName);
		firstName = Text.clean(firstName);
		middleName = Text.clean(middleName);
		contacts = contacts == null ? new PatientContacts(null, List.of(), null, null, null) : contacts;
		tags = tags == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(tags.stream().map(Text::clean).filter(Objects::nonNull).toList()));
		notes = notes == null || notes.isBlank() ? null : notes.strip();
	}

	/** "Surname First-name Patronymic", as the clinic writes names. */
	public String fullName() {
		return FullName.of(lastName, firstName, middleName);
	}

	/** The fields of the details as forms and the API name them, with how to read each. */
	private static final List<Field> FIELDS = List.of(
			new Field("lastName", PatientDetails::lastName),
			new Field("firstName", PatientDetails::firstName),
			new Field("middleName", PatientDetails::middleName),
			new Field("birthDate", PatientDetails::birthDate),
			new Field("sex", PatientDetails::sex),
			new Field("phone", details -> details.contacts().phone()),
			new Field("additionalPhones", details -> details.contacts().otherPhones()),
			new Field("email", details -> details.contacts().email()),
			new Field("address", details -> details.contacts().address()),
			new Field("preferredContact", details -> details.contacts().preferredChannel()),
			new Field("referralSource", PatientDetails::referralSource),
			new Field("tags", PatientDetails::tags),
			new Field("notes", PatientDetails::notes),
			new Field("representative", PatientDetails::representative),
			new Field("identityDocument", PatientDetails::identityDocument),
			new Field("insurance", PatientDetails::insurance));

	/** Names of the fields whose values differ in {@code other}, in form order (audit entries and events list them). */
	public List<String> differencesFrom(PatientDetails other) {
		return FIELDS.stream().filter(field -> !Objects.equals(field.read().apply(this), field.read().apply(other)))
				.map(Field::name).toList();
	}

	/** The value of a field named as in {@link #differencesFrom}. */
	public Object valueOf(String fieldName) {
		var field = FIELDS.stream().filter(candidate -> candidate.name().equals(fieldName)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(fieldName));
		return field.read().apply(this);
	}

	/** The same details with other contacts. */
	public PatientDetails withContacts(PatientContacts newContacts) {
		return new PatientDetails(lastName, firstName, middleName, birthDate, sex, newContacts, referralSource, tags, notes,
				representative, identityDocument, insurance);
	}

	private record Field(String name, Function<PatientDetails, Object> read) {
	}
}
