package com.clubstom.medicalrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.clubstom.patients.PatientId;

/**
 * A patient's medical questionnaire (anamnesis): every version staff recorded from the patient's answers, the first one
 * first. One per patient. A version is never changed; new answers, or the same answers signed again on another day,
 * make a new version, announced with what is critical in it. Doctor and assistant may record at the same time, so saves
 * are guarded by {@link Version}.
 */
@AggregateRoot
@Document("medical_questionnaires")
public class MedicalQuestionnaire extends AbstractAggregateRoot<MedicalQuestionnaire> {

	/** The field named by a signing date that breaks a rule. */
	public static final String SIGNED_ON = "signedOn";

	@Id
	@Identity
	private final UUID id;

	// the card's alerts look the questionnaire up by patient on every view
	@Indexed(unique = true)
	private final UUID patientId;

	private final List<QuestionnaireVersion> versions;

	@Version
	private Long version;

	@PersistenceCreator
	MedicalQuestionnaire(UUID id, UUID patientId, List<QuestionnaireVersion> versions, Long version) {
		this.id = id;
		this.patientId = patientId;
		this.versions = versions == null ? new ArrayList<>() : new ArrayList<>(versions);
		this.version = version;
	}

	/** The questionnaire of a patient who has none yet: no versions. */
	static MedicalQuestionnaire startFor(PatientId patient) {
		return new MedicalQuestionnaire(UUID.randomUUID(), patient.value(), List.of(), null);
	}

	/**
	 * Records the answers the patient signed on {@code signedOn} as the next version, unless they and the date are
	 * those of the current version.
	 *
	 * @return what changed from the current version ({@link Anamnesis#SECTIONS} and {@value #SIGNED_ON}); for the first
	 *         version the sections answered and {@value #SIGNED_ON}; empty when nothing changed and nothing was recorded
	 * @throws InvalidQuestionnaireException when the answers or the date break a rule
	 */
	List<String> record(Anamnesis answers, LocalDate signedOn, LocalDate today, Instant at, String by, String byName) {
		var violations = new ArrayList<>(answers.violations());
		violations.addAll(checkSignedOn(signedOn, today));
		if (!violations.isEmpty()) {
			throw new InvalidQuestionnaireException(violations);
		}
		var changed = changesFrom(current().orElse(null), answers, signedOn);
		if (changed.isEmpty()) {
			return changed;
		}
		var next = new QuestionnaireVersion(versions.size() + 1, answers, signedOn, at, by, byName);
		versions.add(next);
		registerEvent(new QuestionnaireUpdated(patientId(), next.number(), answers.criticalItems(), signedOn, at, by));
		return changed;
	}

	/** The rules of the day the patient signed: given, and not after today (the clinic's today). */
	public static List<Violation> checkSignedOn(LocalDate signedOn, LocalDate today) {
		if (signedOn == null) {
			return List.of(new Violation(SIGNED_ON, "questionnaire.signed-on.required"));
		}
		if (signedOn.isAfter(today)) {
			return List.of(new Violation(SIGNED_ON, "questionnaire.signed-on.future"));
		}
		return List.of();
	}

	private static List<String> changesFrom(QuestionnaireVersion before, Anamnesis answers, LocalDate signedOn) {
		var changed = new ArrayList<>(answers.differencesFrom(before == null ? Anamnesis.nothingToReport() : before.answers()));
		if (before == null || !before.signedOn().equals(signedOn)) {
			changed.add(SIGNED_ON);
		}
		return List.copyOf(changed);
	}

	/** The sections whose answers version {@code number} changed from the one before it; empty for the first. */
	public List<String> changesIn(int number) {
		return versionNumbered(number).flatMap(version -> versionNumbered(number - 1)
				.map(before -> version.answers().differencesFrom(before.answers()))).orElse(List.of());
	}

	public MedicalQuestionnaireId id() {
		return new MedicalQuestionnaireId(id);
	}

	public PatientId patientId() {
		return new PatientId(patientId);
	}

	/** The latest version; none before the first is recorded. */
	public Optional<QuestionnaireVersion> current() {
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/** The number of the latest version, 0 before the first: what an editor saw, and what a save is checked against. */
	public int currentNumber() {
		return versions.size();
	}

	public Optional<QuestionnaireVersion> versionNumbered(int number) {
		return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
	}

	/** Every version, the latest first. */
	public List<QuestionnaireVersion> history() {
		var latestFirst = new ArrayList<>(versions);
		Collections.reverse(latestFirst);
		return List.copyOf(latestFirst);
	}
}
