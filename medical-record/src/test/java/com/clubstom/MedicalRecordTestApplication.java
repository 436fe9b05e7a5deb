package com.clubstom;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Boots the medical record context (with the audit trail it writes to) on its own for its tests. It sits in the root package, like the real application, so that
 * Spring Modulith sees {@code medicalrecord} as one of the root's modules. Its throw-away database comes from
 * {@code test-support}.
 */
// the audit trail is a shared module: every context writes to it, so every module test bootstraps it
@Modulithic(sharedModules = "audit")
@SpringBootApplication
class MedicalRecordTestApplication {

	/**
	 * The application's clock comes from the staff context; this one stands in for it when a test boots the record
	 * without staff. Tests that need a fixed time replace it.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
