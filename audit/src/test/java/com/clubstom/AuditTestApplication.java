package com.clubstom;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Boots the audit context on its own for its tests. It sits in the root package, like the real application, so that
 * Spring Modulith sees {@code audit} as one of the root's modules.
 */
@SpringBootApplication
class AuditTestApplication {

	private static final String THROW_AWAY_DATABASE = "clubstom-audit-test-";

	/** The application's clock comes from another context; tests that need a fixed time replace this one. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Every test context gets a fresh database (see application.properties); it is dropped when the context closes. */
	@Bean
	ApplicationListener<ContextClosedEvent> dropTheThrowAwayDatabase(MongoTemplate mongo) {
		return closed -> {
			var database = mongo.getDb();
			if (database.getName().startsWith(THROW_AWAY_DATABASE)) {
				database.drop();
			}
		};
	}
}
