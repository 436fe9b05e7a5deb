package com.clubstom.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the clinic treats: identity, contacts, documents, representative, consent and status. Every change goes
 * through an intention-named method that checks {@link PatientRules}, keeps the search keys current and registers the
 * event other contexts react to. Several people edit the same patient, so saves are guarded by {@link Version}.
 */
@AggregateRoot
@Document("patients")
// The list orders end with _id (see PatientSearchQueries#sortOf): with it in the index a search streams in order and
// stops at the page size instead of fetching and sorting every match. Search keys behind the status, so counting
// matches needs no document.
@CompoundIndex(name = "status_sort_name_id", def = "{'status': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "status_registered_id", def = "{'status': 1, 'registered.at': -1, '_id': -1}")
@CompoundIndex(name = "status_changed_id", def = "{'status': 1, 'lastChanged.at': -1, '_id': -1}")
@CompoundIndex(name = "status_search_keys", def = "{'status': 1, 'searchKeys': 1}")
public class Patient extends AbstractAggregateRoot<Patient> {

	@Id
	@Identity
	private final UUID id;

	private PatientDetails details;
	private PersonalDataConsent consent;
	private PatientStatus status;
	private final StaffMark registered;
	private StaffMark lastChanged;
	private StaffMark archived;

	// derived from the details on every change, for search, ordering and duplicate detection
	private String sortName;
	private List<String> searchKeys;
	@Indexed
	private List<String> phones;
	@Indexed
	private String sameness;
	@Indexed
	private List<String> tags;

	@Version
	private Long version;

	@PersistenceCreator
	Patient(UUID id, PatientDetails details, PersonalDataConsent consent, PatientStatus status, StaffMark registered,
			StaffMark lastChanged, StaffMark archived, Long version) {
		this.id = id;
		this.details = details;
		this.consent = consent == null ? PersonalDataConsent.notGiven() : consent;
		this.status = status;
		this.registered = registered;
		this.lastChanged = lastChanged;
		this.archived = archived;
		this.version = version;
		deriveSearchFields();
	}

	/**
	 * Registers a new patient.
	 *
	 * @throws InvalidPatientDetailsException when the details break {@link PatientRules}
	 */
	static Patient register(PatientDetails details, PersonalDataConsent consent, StaffMark by, LocalDate today) {
		requireValid(PatientRules.check(details, today));
		var patient = new Patient(UUID.randomUUID(), details, consent, PatientStatus.ACTIVE, by, by, null, null);
		patient.registerEvent(new PatientRegistered(patient.id(), details.fullName(), details.birthDate(), details.sex(),
				details.contacts().phone(), details.contacts().email(), details.contacts().preferredChannel(), by.at(),
				by.username()));
		return patient;
	}

	/**
	 * Replaces the details as the front desk edited them.
	 *
	 * @return the names of the fields that changed (nothing is recorded when none did)
	 * @throws InvalidPatientDetailsException when the new details break {@link PatientRules}
	 */
	List<String> changeDetails(PatientDetails newDetails, StaffMark by, LocalDate today) {
		requireValid(PatientRules.check(newDetails, today));
		var changed = details.differencesFrom(newDetails);
		if (!changed.isEmpty()) {
			details = newDetails;
			changedBy(by, changed);
		}
		return changed;
	}

	/** Clinical staff correct how to reach the patient; nothing else changes. */
	List<String> changeContacts(PatientContacts contacts, StaffMark by, LocalDate today) {
		requireValid(PatientRules.check(contacts));
		return changeDetails(details.withContacts(contacts), by, today);
	}

	/** The signed consent to processing of personal data arrived (or was withdrawn). */
	void recordConsent(boolean given, LocalDate signedOn, StaffMark by, LocalDate today) {
		if (given && signedOn == null) {
			throw new InvalidPatientDetailsException(List.of(new Violation("consentDate", "patient.consent.date.required")));
		}
		if (signedOn != null && signedOn.isAfter(today)) {
			throw new InvalidPatientDetailsException(List.of(new Violation("consentDate", "patient.consent.date.future")));
		}
		// a minor's consent is signed by the representative
		var byRepresentative = given && details.representative() != null
				&& PatientRules.needsRepresentative(details.birthDate(), signedOn);
		consent = new PersonalDataConsent(given, signedOn, byRepresentative, by);
		changedBy(by, List.of("personalDataConsent"));
	}

	/** Hides the patient from default lists; the record and everything linked to it stay. Archiving twice changes nothing. */
	void archive(StaffMark by) {
		if (status == PatientStatus.ARCHIVED) {
			return;
		}
		status = PatientStatus.ARCHIVED;
		archived = by;
		lastChanged = by;
		registerEvent(new PatientArchived(id(), details.fullName(), by.at(), by.username()));
	}

	/** Brings an archived patient back into the lists. */
	void restore(StaffMark by) {
		if (status == PatientStatus.ACTIVE) {
			return;
		}
		status = PatientStatus.ACTIVE;
		archived = null;
		lastChanged = by;
		registerEvent(new PatientRestored(id(), details.fullName(), by.at(), by.username()));
	}

	private void changedBy(StaffMark by, List<String> changed) {
		lastChanged = by;
		deriveSearchFields();
		registerEvent(new PatientDetailsChanged(id(), details.fullName(), details.contacts().phone(),
				details.contacts().email(), details.contacts().preferredChannel(), Set.copyOf(changed), by.at(),
				by.username()));
	}

	private void deriveSearchFields() {
		var allPhones = details.contacts().allPhones();
		sortName = SearchKeys.sortName(details.lastName(), details.firstName(), details.middleName());
		searchKeys = SearchKeys.of(details.lastName(), details.firstName(), details.middleName(), allPhones);
		phones = allPhones;
		sameness = SearchKeys.sameness(details.lastName(), details.firstName(), details.birthDate());
		tags = details.tags();
	}

	private static void requireValid(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidPatientDetailsException(violations);
		}
	}

	public PatientId id() {
		return new PatientId(id);
	}

	public PatientDetails details() {
		return details;
	}

	public String fullName() {
		return details.fullName();
	}

	public PersonalDataConsent consent() {
		return consent;
	}

	public PatientStatus status() {
		return status;
	}

	public boolean isArchived() {
		return status == PatientStatus.ARCHIVED;
	}

	public StaffMark registered() {
		return registered;
	}

	public StaffMark lastChanged() {
		return lastChanged;
	}

	public StaffMark archived() {
		return archived;
	}

	/** The version the editor saw; a save based on an older one is refused. */
	public long version() {
		return version == null ? 0 : version;
	}

}
