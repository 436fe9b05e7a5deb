package com.clubstom.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

/**
 * The patients context's API: register, find, open, change, archive and restore patients. Whoever is acting (from
 * {@link Actors}) is stamped on the record and written to the audit trail with every view and change; each change is
 * saved with its event in one transaction.
 */
@Service
public class PatientRegistry {

	private final Patients patients;
	private final PatientSearchQueries queries;
	private final PatientSearchIndex index;
	private final AuditTrail audit;
	private final ObjectProvider<Actors> actors;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final ZoneId clinicZone;

	PatientRegistry(Patients patients, PatientSearchQueries queries, PatientSearchIndex index, AuditTrail audit, ObjectProvider<Actors> actors,
			TransactionOperations transactions, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId clinicZone) {
		this.patients = patients;
		this.queries = queries;
		this.index = index;
		this.audit = audit;
		this.actors = actors;
		this.transactions = transactions;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/** Where the clinic is: stored instants are shown in this zone. */
	public ZoneId clinicZone() {
		return clinicZone;
	}

	/** Today in the clinic (ages, the representative rule). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinicZone));
	}

	/**
	 * Registers a patient.
	 *
	 * @param consentSignedOn the date the consent to processing of personal data was signed, or {@code null} when it is
	 *        not on file yet
	 * @param duplicateConfirmed the person saw the {@link LikelyDuplicateException} warning and registers anyway
	 * @throws InvalidPatientDetailsException when the details break {@link PatientRules}
	 * @throws LikelyDuplicateException when another patient has one of the phones or the same name and date of birth
	 */
	public PatientId register(PatientDetails details, LocalDate consentSignedOn, boolean duplicateConfirmed) {
		var today = today();
		var violations = PatientRules.check(details, today);
		if (!violations.isEmpty()) {
			throw new InvalidPatientDetailsException(violations);
		}
		refuseLikelyDuplicates(details, null, duplicateConfirmed);
		var by = mark();
		var consent = consentSignedOn == null ? PersonalDataConsent.notGiven()
				: new PersonalDataConsent(true, consentSignedOn,
						PatientRules.needsRepresentative(details.birthDate(), consentSignedOn), by);
		var patient = transactions.execute(status -> patients.save(Patient.register(details, consent, by, today)));
		index.refresh(patient);
		audit.record(AuditAction.CREATE, subject(patient), "profile");
		return patient.id();
	}

	/** The patient, for other contexts and internal use; not audited (callers showing it to a person use {@link #open}). */
	public Optional<Patient> find(PatientId id) {
		return patients.findById(id.value());
	}

	/** A person opens the patient's card or one of its sections: the view is recorded in the audit trail. */
	public Optional<Patient> open(PatientId id, String section) {
		var patient = find(id);
		patient.ifPresent(found -> audit.record(AuditAction.VIEW, subject(found), section));
		return patient;
	}

	/**
	 * Saves the front desk's edit of a patient the editor saw at {@code seenVersion}.
	 *
	 * @throws PatientChangedMeanwhileException when someone else saved the patient after the editor opened it
	 * @throws LikelyDuplicateException when the new phone or name and date of birth belong to another patient
	 */
	public List<String> changeDetails(PatientId id, long seenVersion, PatientDetails details, boolean duplicateConfirmed) {
		var today = today();
		return change(id, seenVersion, patient -> {
			refuseLikelyDuplicatesOfChangedIdentity(patient, details, duplicateConfirmed);
			return patient.changeDetails(details, mark(), today);
		});
	}

	/** Saves corrected contacts (clinical staff may do this, nothing else). */
	public List<String> changeContacts(PatientId id, long seenVersion, PatientContacts contacts) {
		var today = today();
		return change(id, seenVersion, patient -> patient.changeContacts(contacts, mark(), today));
	}

	/** The signed consent to processing of personal data is on file (or was withdrawn) as of {@code signedOn}. */
	public void recordConsent(PatientId id, boolean given, LocalDate signedOn) {
		var today = today();
		change(id, null, patient -> {
			patient.recordConsent(given, signedOn, mark(), today);
			return List.of("personalDataConsent");
		});
	}

	/** Moves the patient out of the default lists; nothing is deleted. Archiving an archived patient changes nothing. */
	public void archive(PatientId id) {
		changeStatus(id, PatientStatus.ARCHIVED, AuditAction.ARCHIVE, Patient::archive);
	}

	/** Brings an archived patient back. */
	public void restore(PatientId id) {
		changeStatus(id, PatientStatus.ACTIVE, AuditAction.RESTORE, Patient::restore);
	}

	private void changeStatus(PatientId id, PatientStatus wanted, AuditAction action,
			java.util.function.BiConsumer<Patient, StaffMark> change) {
		var changed = transactions.execute(status -> {
			var patient = load(id);
			if (patient.status() == wanted) {
				return null;
			}
			change.accept(patient, mark());
			return patients.save(patient);
		});
		if (changed != null) {
			index.refresh(changed);
			audit.record(action, subject(changed), "profile");
		}
	}

	/**
	 * The registry's live search (not audited: a list of names is not a look at anyone's card): from memory, or from
	 * MongoDB's indexes while the in-memory index is loading.
	 */
	public PatientMatches search(PatientSearch search) {
		return index.search(search).orElseGet(() -> queries.search(search));
	}

	/** Other patients that are probably the same person as {@code details} describe. */
	/**
	 * The summaries (name, birth date, phone) of several patients at once, for lists such as the calendar: from the
	 * search index's memory, the few it does not hold yet from one query. Unknown ids are left out.
	 */
	public Map<PatientId, PatientSummary> summariesOf(Collection<PatientId> ids) {
		var found = new HashMap<PatientId, PatientSummary>();
		var missing = new ArrayList<UUID>();
		for (var id : new HashSet<>(ids)) {
			index.summaryOf(id.value()).ifPresentOrElse(summary -> found.put(id, summary), () -> missing.add(id.value()));
		}
		if (!missing.isEmpty()) {
			queries.summariesOf(missing).forEach(summary -> found.put(summary.id(), summary));
		}
		return found;
	}

	public List<PatientSummary> likelyDuplicatesOf(PatientDetails details, PatientId except) {
		return queries.likelyDuplicates(details, except);
	}

	/** Every tag on some patient, for the registry's filter. */
	public List<String> tagsInUse() {
		return queries.tagsInUse();
	}

	/**
	 * Applies {@code work} to the stored patient in one transaction, refusing it when the patient is no longer at the
	 * version the editor saw ({@code null}: any version) or when a concurrent save wins the race.
	 */
	private List<String> change(PatientId id, Long seenVersion, Function<Patient, List<String>> work) {
		Patient changed;
		List<String> fields;
		try {
			var outcome = transactions.execute(status -> {
				var patient = load(id);
				if (seenVersion != null && patient.version() != seenVersion) {
					throw new PatientChangedMeanwhileException(patient);
				}
				var changedFields = work.apply(patient);
				return new Outcome(changedFields.isEmpty() ? patient : patients.save(patient), changedFields);
			});
			changed = outcome.patient();
			fields = outcome.fields();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
			throw new PatientChangedMeanwhileException(load(id));
		}
		if (!fields.isEmpty()) {
			index.refresh(changed);
			audit.record(AuditAction.CHANGE, subject(changed), "profile", fields);
		}
		return fields;
	}

	private void refuseLikelyDuplicates(PatientDetails details, PatientId except, boolean confirmed) {
		if (!confirmed) {
			var duplicates = queries.likelyDuplicates(details, except);
			if (!duplicates.isEmpty()) {
				throw new LikelyDuplicateException(duplicates);
			}
		}
	}

	/** An edit warns only when it changes what identifies the person: a phone, the name or the date of birth. */
	private void refuseLikelyDuplicatesOfChangedIdentity(Patient patient, PatientDetails details, boolean confirmed) {
		var changed = patient.details().differencesFrom(details);
		if (changed.stream().anyMatch(field -> List.of("lastName", "firstName", "birthDate", "phone", "additionalPhones")
				.contains(field))) {
			refuseLikelyDuplicates(details, patient.id(), confirmed);
		}
	}

	private Patient load(PatientId id) {
		return find(id).orElseThrow(() -> new UnknownPatientException(id));
	}

	private StaffMark mark() {
		var actor = actors.getIfAvailable(() -> Actor::system).current();
		return new StaffMark(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), actor.username(),
				actor.fullName());
	}

	private static AuditSubject subject(Patient patient) {
		return AuditSubject.patient(patient.id().value(), patient.fullName());
	}

	private record Outcome(Patient patient, List<String> fields) {
	}
}
