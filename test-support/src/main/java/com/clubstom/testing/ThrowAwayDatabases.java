package com.clubstom.testing;

import java.util.regex.Pattern;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Each test context works in a database of its own
 * ({@code spring.mongodb.database=clubstom-<context>-test-${random.uuid}}), dropped when the context closes so a build leaves
 * nothing behind. Registered through {@code META-INF/spring.factories} rather than as a bean, so no test's choice of beans
 * (a module test bootstraps only its own module) can leave it out.
 */
public class ThrowAwayDatabases implements ApplicationListener<ContextClosedEvent> {

	/** Only databases named like this are ever dropped: a misconfigured test can never drop real data. */
	static final Pattern THROW_AWAY = Pattern.compile("clubstom-[a-z-]+-test-.+");

	@Override
	public void onApplicationEvent(ContextClosedEvent closed) {
		closed.getApplicationContext().getBeanProvider(MongoTemplate.class).ifAvailable(mongo -> {
			var database = mongo.getDb();
			if (THROW_AWAY.matcher(database.getName()).matches()) {
				database.drop();
			}
		});
	}
}
