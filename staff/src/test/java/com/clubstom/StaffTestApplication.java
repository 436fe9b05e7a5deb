package com.clubstom;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Boots the staff context on its own for its tests. It sits in the root package, like the real application, so that
 * Spring Modulith sees {@code staff} as one of the root's modules.
 */
@SpringBootApplication
class StaffTestApplication {

	private static final String THROW_AWAY_DATABASE = "clubstom-staff-test-";

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
