package com.clubstom.audit;

import com.clubstom.testing.AdjustableClock;
import static com.clubstom.testing.AdjustableClock.MONDAY_JUST_AFTER_MIDNIGHT;
import static com.clubstom.testing.AdjustableClock.MONDAY_MORNING;
import static com.clubstom.testing.AdjustableClock.SUNDAY_LATE_EVENING;
import static com.clubstom.audit.AuditFixtures.aPatient;
import static com.clubstom.audit.AuditFixtures.aStaffMember;
import static com.clubstom.audit.AuditFixtures.itIs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The owner's questions: what happened to this patient's data, what did this person do, who exported, what happened on
 * that day (in the clinic's time zone), page by page, newest first. Each test works with its own people and patients, so
 * entries of other tests do not disturb it.
 */
@ApplicationModuleTest
@Import(ActingStaff.class)
class SearchingTheTrailTests {

	private static final LocalDate SUNDAY = LocalDate.of(2025, 3, 2);
	private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
	private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 4);

	@TestBean(name = "clock", methodName = "com.clubstom.audit.AuditFixtures#clinicClock")
	Clock clock;

	@Autowired AuditTrail trail;
	@Autowired ActingStaff staff;

	@BeforeEach
	void itIsMondayMorning() {
		itIs(clock, MONDAY_MORNING);
	}

	@Test
	void everythingDoneToOnePatientsDataNewestFirst() {
		var petrova = aPatient("Петрова Анна Ивановна");
		var sidorov = aPatient("Сидоров Павел Олегович");
		staff.nowActing(aStaffMember());
		trail.record(AuditAction.CREATE, petrova, "profile");
		trail.record(AuditAction.VIEW, sidorov, "card");
		trail.record(AuditAction.CHANGE, petrova, "contacts", List.of("phone"));
		trail.record(AuditAction.VIEW, petrova, "documents");

		var found = trail.search(AuditQuery.aboutPatient(petrova.id()), 0, 10);

		assertThat(found.total()).isEqualTo(3);
		assertThat(found.entries()).extracting(AuditEntryView::action)
				.containsExactly(AuditAction.VIEW, AuditAction.CHANGE, AuditAction.CREATE);
		assertThat(found.entries()).allSatisfy(entry -> {
			assertThat(entry.subjectId()).isEqualTo(petrova.id());
			assertThat(entry.isAboutPatient()).isTrue();
		});
		assertThat(found.entries().get(1).changedFields()).containsExactly("phone");
	}

	@Test
	void everythingOnePersonDid() {
		var orlov = aStaffMember();
		var belova = aStaffMember();
		var petrova = aPatient("Петрова Анна Ивановна");
		staff.nowActing(orlov);
		trail.record(AuditAction.VIEW, petrova, "card");
		staff.nowActing(belova);
		trail.record(AuditAction.VIEW, petrova, "card");
		trail.record(AuditAction.CHANGE, petrova, "card", List.of("allergies"));

		var found = trail.search(AuditQuery.by(belova.username()), 0, 10);

		assertThat(found.total()).isEqualTo(2);
		assertThat(found.entries()).allSatisfy(entry -> {
			assertThat(entry.actorUsername()).isEqualTo(belova.username());
			assertThat(entry.actorName()).isEqualTo(belova.fullName());
			assertThat(entry.address()).isEqualTo("192.168.1.10");
		});
		assertThat(trail.actorsSeen()).contains(new Actor(orlov.username(), orlov.fullName(), ""),
				new Actor(belova.username(), belova.fullName(), ""));
	}

	@Test
	void onlyOneKindOfAction() {
		var orlov = aStaffMember();
		staff.nowActing(orlov);
		var petrova = aPatient("Петрова Анна Ивановна");
		trail.record(AuditAction.VIEW, petrova, "card");
		trail.record(AuditAction.EXPORT, petrova, "card");
		trail.record(AuditAction.ARCHIVE, petrova, "profile");
		trail.record(AuditAction.RESTORE, petrova, "profile");

		var exports = trail.search(AuditQuery.by(orlov.username()).withAction(AuditAction.EXPORT), 0, 10);
		var archives = trail.search(AuditQuery.aboutPatient(petrova.id()).withAction(AuditAction.ARCHIVE), 0, 10);

		assertThat(exports.entries()).singleElement().extracting(AuditEntryView::action).isEqualTo(AuditAction.EXPORT);
		assertThat(archives.entries()).singleElement().extracting(AuditEntryView::section).isEqualTo("profile");
	}

	/** 00:30 on Monday in Moscow is still Sunday in UTC: the clinic's day decides. */
	@Test
	void daysAreTheClinicsDaysBothEndsIncluded() {
		var orlov = aStaffMember();
		staff.nowActing(orlov);
		var petrova = aPatient("Петрова Анна Ивановна");
		at(SUNDAY_LATE_EVENING, () -> trail.record(AuditAction.VIEW, petrova, "sunday-evening"));
		at(MONDAY_JUST_AFTER_MIDNIGHT, () -> trail.record(AuditAction.VIEW, petrova, "monday-night"));
		at(MONDAY_MORNING, () -> trail.record(AuditAction.VIEW, petrova, "monday-morning"));
		at(MONDAY_MORNING.plus(Duration.ofDays(1)), () -> trail.record(AuditAction.VIEW, petrova, "tuesday-morning"));
		var hisEntries = AuditQuery.by(orlov.username());

		assertThat(sections(hisEntries.between(MONDAY, MONDAY))).containsExactly("monday-morning", "monday-night");
		assertThat(sections(hisEntries.between(SUNDAY, SUNDAY))).containsExactly("sunday-evening");
		assertThat(sections(hisEntries.between(MONDAY, null))).containsExactly("tuesday-morning", "monday-morning",
				"monday-night");
		assertThat(sections(hisEntries.between(null, SUNDAY))).containsExactly("sunday-evening");
		assertThat(sections(hisEntries.between(SUNDAY, TUESDAY))).hasSize(4);
		assertThat(sections(hisEntries.between(TUESDAY, MONDAY))).isEmpty();
		assertThat(trail.search(hisEntries, 0, 10).entries().get(0).at()).isEqualTo(MONDAY_MORNING.plus(Duration.ofDays(1)));
	}

	@Test
	void criteriaCombine() {
		var orlov = aStaffMember();
		var belova = aStaffMember();
		var petrova = aPatient("Петрова Анна Ивановна");
		var sidorov = aPatient("Сидоров Павел Олегович");
		staff.nowActing(orlov);
		trail.record(AuditAction.VIEW, petrova, "card");
		trail.record(AuditAction.CHANGE, petrova, "card", List.of("plan"));
		trail.record(AuditAction.CHANGE, sidorov, "card", List.of("plan"));
		staff.nowActing(belova);
		trail.record(AuditAction.CHANGE, petrova, "card", List.of("plan"));

		var found = trail.search(new AuditQuery(AuditSubject.PATIENT, petrova.id(), orlov.username(), AuditAction.CHANGE,
				MONDAY, MONDAY), 0, 10);

		assertThat(found.total()).isOne();
		assertThat(found.entries().get(0).changedFields()).containsExactly("plan");
	}

	@Test
	void pageByPageNewestFirst() {
		var orlov = aStaffMember();
		staff.nowActing(orlov);
		for (int i = 1; i <= 7; i++) {
			trail.record(AuditAction.VIEW, aPatient("Пациент " + i), "card");
			((AdjustableClock) clock).advance(Duration.ofMinutes(1));
		}
		var hisEntries = AuditQuery.by(orlov.username());

		var first = trail.search(hisEntries, 0, 3);
		var second = trail.search(hisEntries, 1, 3);
		var last = trail.search(hisEntries, 2, 3);
		var beyond = trail.search(hisEntries, 3, 3);

		assertThat(first.entries()).extracting(AuditEntryView::subjectLabel).containsExactly("Пациент 7", "Пациент 6", "Пациент 5");
		assertThat(second.entries()).extracting(AuditEntryView::subjectLabel).containsExactly("Пациент 4", "Пациент 3", "Пациент 2");
		assertThat(last.entries()).extracting(AuditEntryView::subjectLabel).containsExactly("Пациент 1");
		assertThat(beyond.entries()).isEmpty();
		assertThat(first.total()).isEqualTo(7);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(second.firstPosition()).isEqualTo(4);
		assertThat(last.lastPosition()).isEqualTo(7);
		assertThat(first.entries().get(0).sequence()).isGreaterThan(first.entries().get(1).sequence());
	}

	@Test
	void pageSizesAreKeptWithinBounds() {
		assertThat(trail.search(AuditQuery.everything(), -1, 0).page()).isZero();
		assertThat(trail.search(AuditQuery.everything(), 0, 0).size()).isOne();
		assertThat(trail.search(AuditQuery.everything(), 0, 100_000).size()).isEqualTo(AuditTrail.MAXIMUM_PAGE_SIZE);
	}

	@Test
	void thePatientIsKnownByTheNameOfTheNewestEntryAboutThem() {
		staff.nowActing(aStaffMember());
		var petrova = aPatient("Петрова Анна Ивановна");
		trail.record(AuditAction.VIEW, petrova, "card");
		var married = new AuditSubject(AuditSubject.PATIENT, petrova.id(), "Смирнова Анна Ивановна");
		trail.record(AuditAction.CHANGE, married, "profile", List.of("lastName"));

		assertThat(trail.subjectSeen(AuditSubject.PATIENT, petrova.id())).contains(married);
		assertThat(trail.subjectSeen(AuditSubject.PATIENT, UUID.randomUUID())).isEmpty();
	}

	private List<String> sections(AuditQuery query) {
		return trail.search(query, 0, 50).entries().stream().map(AuditEntryView::section).toList();
	}

	private void at(Instant instant, Runnable work) {
		itIs(clock, instant);
		work.run();
	}
}
