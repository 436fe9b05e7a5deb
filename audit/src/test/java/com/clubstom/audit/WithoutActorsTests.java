package com.clubstom.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Work nobody triggered by hand (start-up, seeding, listeners) when the application tells no actor: the system acts. */
@ApplicationModuleTest
class WithoutActorsTests {

	@Autowired AuditTrail trail;

	@Test
	void theSystemIsTheActorWhenNoActorsAreProvided() {
		var patient = AuditFixtures.aPatient("Петрова Анна Ивановна");

		trail.record(AuditAction.CREATE, patient, "profile");

		var entry = trail.search(AuditQuery.about(patient), 0, 1).entries().get(0);
		assertThat(entry.actorUsername()).isEqualTo(Actor.SYSTEM);
		assertThat(entry.actorName()).isEqualTo("ClubStom");
		assertThat(entry.address()).isEmpty();
	}
}
