package com.clubstom;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the audit context on its own for its tests. It sits in the root package, like the real application, so that
 * Spring Modulith sees {@code audit} as one of the root's modules. Its throw-away database comes from
 * {@code test-support}.
 */
@SpringBootApplication
class AuditTestApplication {

	/** The application's clock comes from the staff context; tests that need a fixed time replace this one. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
