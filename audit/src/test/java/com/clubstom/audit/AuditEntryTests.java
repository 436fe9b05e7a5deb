package com.clubstom.audit;

import static com.clubstom.audit.AuditFixtures.DOCTOR_ORLOV;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.clubstom.audit.AuditEntry.ChainTail;

/** An entry's canonical form and hash: deterministic, covering every field, and unambiguous. */
class AuditEntryTests {

	private static final UUID PATIENT_ID = UUID.fromString("3f2a8c1e-5b7d-4e21-9a0c-1d2e3f405162");
	private static final AuditSubject PETROVA = AuditSubject.patient(PATIENT_ID, "Петрова Анна Ивановна");
	private static final Instant NINE_O_CLOCK = Instant.parse("2025-03-03T06:00:00.123456789Z");

	private static AuditEntry petrovasPhoneChangedByDoctorOrlov() {
		return AuditEntry.following(ChainTail.EMPTY, NINE_O_CLOCK, DOCTOR_ORLOV, AuditAction.CHANGE, PETROVA, "contacts",
				List.of("phone", "email"));
	}

	@Test
	void theCanonicalFormListsEveryFieldWithItsLength() {
		assertThat(petrovasPhoneChangedByDoctorOrlov().canonicalForm()).isEqualTo("""
				clubstom-audit/1
				sequence=1
				at=1740981600123
				actorUsername=5:orlov
				actorName=22:Орлов Андрей Сергеевич
				address=9:10.0.0.21
				action=6:CHANGE
				subjectKind=7:PATIENT
				subjectId=36:3f2a8c1e-5b7d-4e21-9a0c-1d2e3f405162
				subjectLabel=21:Петрова Анна Ивановна
				section=8:contacts
				changedFields=2 5:phone 5:email
				previousHash=64:0000000000000000000000000000000000000000000000000000000000000000
				""");
	}

	/**
	 * Pins the serialisation: entries already stored were hashed this way, so a change here would make every existing
	 * chain look tampered with. A new form needs a new {@link AuditEntry#CANONICAL_FORM_VERSION}.
	 */
	@Test
	void theHashIsTheSha256OfTheCanonicalFormInUtf8() {
		var entry = petrovasPhoneChangedByDoctorOrlov();

		assertThat(entry.hash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(AuditEntry.sha256(entry.canonicalForm()));
		assertThat(AuditEntry.sha256("abc"))
				.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(entry.hasMatchingHash()).isTrue();
	}

	@Test
	void theFirstEntryFollowsTheGenesisHashAndTheNextOneFollowsIt() {
		var first = petrovasPhoneChangedByDoctorOrlov();
		var second = AuditEntry.following(first.asTail(), NINE_O_CLOCK.plusSeconds(5), DOCTOR_ORLOV, AuditAction.VIEW,
				PETROVA, "card", List.of());

		assertThat(first.sequence()).isEqualTo(1);
		assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH).isEqualTo("0".repeat(64));
		assertThat(first.follows(null)).isTrue();
		assertThat(second.sequence()).isEqualTo(2);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.follows(first)).isTrue();
		assertThat(second.hash()).isNotEqualTo(first.hash());
	}

	@Test
	void timesAreTruncatedToMillisecondsBeforeHashingBecauseMongoDbStoresNoFiner() {
		var entry = petrovasPhoneChangedByDoctorOrlov();

		assertThat(entry.at()).isEqualTo(Instant.parse("2025-03-03T06:00:00.123Z"));
		var storedAndReadBack = AuditEntry.fromDocument(entry.toDocument());
		assertThat(storedAndReadBack.hasMatchingHash()).isTrue();
		assertThat(storedAndReadBack.canonicalForm()).isEqualTo(entry.canonicalForm());
	}

	@Test
	void theSameFactsGiveTheSameHash() {
		assertThat(petrovasPhoneChangedByDoctorOrlov().hash()).isEqualTo(petrovasPhoneChangedByDoctorOrlov().hash());
	}

	static Stream<Arguments> everyStoredField() {
		var e = petrovasPhoneChangedByDoctorOrlov();
		return Stream.of(
				Arguments.of("sequence", (UnaryOperator<AuditEntry>) x -> copy(x, 2, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("at", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at().plusMillis(1), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("actorUsername", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), "orlova", x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("actorName", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), "Орлов А. С.", x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("address", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), "10.0.0.22", x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("action", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), AuditAction.VIEW, x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("subjectKind", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), AuditSubject.STAFF_ACCOUNT, x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("subjectId", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), UUID.randomUUID(), x.subjectLabel(), x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("subjectLabel", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), "Петрова А. И.", x.section(), x.changedFields(), x.previousHash())),
				Arguments.of("section", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), "profile", x.changedFields(), x.previousHash())),
				Arguments.of("changedFields", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), List.of("phone"), x.previousHash())),
				Arguments.of("previousHash", (UnaryOperator<AuditEntry>) x -> copy(x, 1, x.at(), x.actorUsername(), x.actorName(), x.address(), x.action(), x.subjectKind(), x.subjectId(), x.subjectLabel(), x.section(), x.changedFields(), "f".repeat(64))))
				.map(arguments -> Arguments.of(arguments.get()[0], e, arguments.get()[1]));
	}

	@ParameterizedTest(name = "changing {0}")
	@MethodSource("everyStoredField")
	void changingAnyStoredFieldNoLongerMatchesTheHash(String field, AuditEntry original, UnaryOperator<AuditEntry> tamper) {
		var tampered = tamper.apply(original);

		assertThat(tampered.hash()).isEqualTo(original.hash());
		assertThat(tampered.hasMatchingHash()).as("tampered %s", field).isFalse();
		assertThat(tampered.computedHash()).isNotEqualTo(original.hash());
	}

	@Test
	void valuesCannotBleedIntoTheirNeighbours() {
		var ab = entry(new Actor("ab", "c", ""), "", List.of());
		var a = entry(new Actor("a", "bc", ""), "", List.of());
		assertThat(ab.canonicalForm()).isNotEqualTo(a.canonicalForm());
		assertThat(ab.hash()).isNotEqualTo(a.hash());

		var oneFieldWithAComma = entry(DOCTOR_ORLOV, "contacts", List.of("phone 5:email"));
		var twoFields = entry(DOCTOR_ORLOV, "contacts", List.of("phone", "email"));
		assertThat(oneFieldWithAComma.hash()).isNotEqualTo(twoFields.hash());

		var sectionWithANewline = entry(DOCTOR_ORLOV, "contacts\nchangedFields=0", List.of());
		var plainSection = entry(DOCTOR_ORLOV, "contacts", List.of());
		assertThat(sectionWithANewline.hash()).isNotEqualTo(plainSection.hash());
	}

	@Test
	void anEntryAboutNoSinglePersonHasNoSubject() {
		var export = AuditEntry.following(ChainTail.EMPTY, NINE_O_CLOCK, DOCTOR_ORLOV, AuditAction.EXPORT, null, "audit",
				List.of());

		assertThat(export.subjectKind()).isEmpty();
		assertThat(export.subjectId()).isNull();
		assertThat(export.canonicalForm()).contains("subjectKind=0:\n", "subjectId=0:\n");
		assertThat(AuditEntry.fromDocument(export.toDocument()).hasMatchingHash()).isTrue();
	}

	@Test
	void changedFieldNamesAreTrimmedAndListedOnce() {
		var entry = entry(DOCTOR_ORLOV, "contacts", java.util.Arrays.asList(" phone ", "email", "phone", "", null));

		assertThat(entry.changedFields()).containsExactly("phone", "email");
	}

	private static AuditEntry entry(Actor actor, String section, List<String> changedFields) {
		return AuditEntry.following(ChainTail.EMPTY, NINE_O_CLOCK, actor, AuditAction.CHANGE, PETROVA, section,
				changedFields);
	}

	/** The entry as someone might rewrite it in the database: other facts, the original hash kept. */
	private static AuditEntry copy(AuditEntry original, long sequence, Instant at, String actorUsername, String actorName,
			String address, AuditAction action, String subjectKind, UUID subjectId, String subjectLabel, String section,
			List<String> changedFields, String previousHash) {
		return new AuditEntry(sequence, at, actorUsername, actorName, address, action, subjectKind, subjectId, subjectLabel,
				section, changedFields, previousHash, original.hash());
	}
}
