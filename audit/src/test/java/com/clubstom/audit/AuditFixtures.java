package com.clubstom.audit;

import com.clubstom.testing.AdjustableClock;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Test fixtures that read as the clinic speaks: who acts, whose data, and a trail that starts empty. */
final class AuditFixtures {

	static final Actor DOCTOR_ORLOV = new Actor("orlov", "Орлов Андрей Сергеевич", "10.0.0.21");
	static final Actor ADMINISTRATOR_KUZNETSOVA = new Actor("kuznetsova", "Кузнецова Марина Игоревна", "10.0.0.5");
	static final Actor OWNER_SOKOLOVA = new Actor("sokolova", "Соколова Елена Викторовна", "10.0.0.2");

	private AuditFixtures() {
	}

	/** The bean the {@code clock} is replaced with: a clock that stands still on Monday morning in Moscow. */
	static Clock clinicClock() {
		return new AdjustableClock();
	}

	static void itIs(Clock clock, Instant instant) {
		((AdjustableClock) clock).setTo(instant);
	}

	static AuditSubject aPatient(String fullName) {
		return AuditSubject.patient(UUID.randomUUID(), fullName);
	}

	static Actor aStaffMember() {
		var username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		return new Actor(username, "Сотрудник " + username, "192.168.1.10");
	}

	/** Starts the chain afresh: tests about the chain as a whole must not see other tests' entries. */
	static void anEmptyTrail(MongoTemplate mongo) {
		mongo.remove(new Query(), AuditEntry.COLLECTION);
	}
}
