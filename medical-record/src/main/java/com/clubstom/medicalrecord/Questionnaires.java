package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.UnknownPatientException;

/**
 * The medical record's API for the medical questionnaire: doctors and assistants record the patient's answers as a new
 * version; the card, the calendar and the chair ask what is critical. Reading here is not audited: pages showing the
 * answers to a person open the patient through {@link PatientRegistry#open} with section {@value #SECTION}. Every
 * recorded version is written to the audit trail with the sections that changed, in the same transaction as its event.
 */
@Service
public class Questionnaires {

	/** The audit trail's name for the questionnaire part of the record. */
	public static final String SECTION = "questionnaire";

	private final MedicalQuestionnaires questionnaires;
	private final PatientRegistry registry;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final TransactionOperations transactions;
	private final ObjectProvider<Actors> actors;

	Questionnaires(MedicalQuestionnaires questionnaires, PatientRegistry registry, AuditTrail audit, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone, TransactionOperations transactions,
			ObjectProvider<Actors> actors) {
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
		this.transactions = transactions;
		this.actors = actors;
	}

	/** The patient's questionnaire with every version; none before the first is recorded. */
	public Optional<MedicalQuestionnaire> of(PatientId patient) {
		return questionnaires.findByPatientId(patient.value());
	}

	/** The latest version of the patient's questionnaire. */
	public Optional<QuestionnaireVersion> current(PatientId patient) {
		return of(patient).flatMap(MedicalQuestionnaire::current);
	}

	/** Every version of the patient's questionnaire, the latest first; empty when there is none. */
	public List<QuestionnaireVersion> history(PatientId patient) {
		return of(patient).map(MedicalQuestionnaire::history).orElse(List.of());
	}

	/**
	 * Records the answers the patient signed on {@code signedOn} as a new version, as the editor decided seeing version
	 * {@code seenVersion} (0: they saw none). The same answers signed on the same day again record nothing.
	 *
	 * @return what changed ({@link Anamnesis#SECTIONS} and {@value MedicalQuestionnaire#SIGNED_ON}); empty when nothing
	 * @throws UnknownPatientException when there is no such patient
	 * @throws InvalidQuestionnaireException when the answers or the date break a rule (the date may not be before the
	 *         patient was born)
	 * @throws QuestionnaireChangedMeanwhileException when someone else recorded a version after the editor saw theirs
	 */
	public List<String> record(PatientId patientId, Anamnesis answers, LocalDate signedOn, int seenVersion) {
		var patient = registry.find(patientId).orElseThrow(() -> new UnknownPatientException(patientId));
		var violations = new ArrayList<>(answers.violations());
		violations.addAll(MedicalQuestionnaire.checkSignedOn(signedOn, today()));
		if (violations.isEmpty() && signedOn.isBefore(patient.details().birthDate())) {
			violations.add(new Violation(MedicalQuestionnaire.SIGNED_ON, "questionnaire.signed-on.before-birth"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidQuestionnaireException(violations);
		}
		try {
			return transactions.execute(status -> {
				var questionnaire = of(patientId).orElseGet(() -> MedicalQuestionnaire.startFor(patientId));
				if (questionnaire.currentNumber() != seenVersion) {
					throw new QuestionnaireChangedMeanwhileException(questionnaire);
				}
				var first = questionnaire.currentNumber() == 0;
				var by = actors.getIfAvailable(() -> Actor::system).current();
				var changed = questionnaire.record(answers, signedOn, today(), clock.instant(), by.username(), by.fullName());
				if (!changed.isEmpty()) {
					questionnaires.save(questionnaire);
					audit.record(first ? AuditAction.CREATE : AuditAction.CHANGE,
							AuditSubject.patient(patientId.value(), patient.fullName()), SECTION, changed);
				}
				return changed;
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException recordedAtTheSameTime) {
			// another save won the race (or created the patient's first questionnaire first)
			throw new QuestionnaireChangedMeanwhileException(of(patientId).orElseThrow(() -> recordedAtTheSameTime));
		}
	}

	/** Whether the patient's current questionnaire holds anything {@link Anamnesis#criticalItems() critical}. */
	public boolean hasCriticalAlerts(PatientId patient) {
		return !criticalAlertsOf(patient).isEmpty();
	}

	/** Which of these patients have something critical in their current questionnaire, in one query (the calendar's flags). */
	public Set<PatientId> withCriticalAlerts(Collection<PatientId> patients) {
		var flagged = new HashSet<PatientId>();
		questionnaires.findByPatientIdIn(patients.stream().map(PatientId::value).distinct().toList()).forEach(questionnaire -> {
			if (questionnaire.current().filter(version -> !version.answers().criticalItems().isEmpty()).isPresent()) {
				flagged.add(questionnaire.patientId());
			}
		});
		return flagged;
	}

	/** What must be read before treating the patient, from the current questionnaire; empty without one. */
	public List<CriticalItem> criticalAlertsOf(PatientId patient) {
		return current(patient).map(version -> version.answers().criticalItems()).orElse(List.of());
	}

	/** Today in the clinic's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** Where the clinic is: recording times are shown in this zone. */
	public ZoneId clinicZone() {
		return zone;
	}
}
